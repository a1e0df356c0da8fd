// "New case from this one…" on the case list, as a physician starts a re-evaluation: the earlier case's parties and its
// employment history come along, the history of this injury and the dates do not; done with the keyboard in the dialog.
import { describe, expect, it } from 'vitest';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';

const exact = { exact: true } as const;

describe('copy forward', () => {
  const session = appForThisFile();

  it('starts a new case from an earlier one with the parts chosen', { timeout: 240_000 }, async () => {
    const { page } = session();
    await createCase(page, {
      name: 'Morgan E. Revisit',
      claimNumber: 'RV-4410',
      employer: 'Fictional Warehouse Co.',
      claimsAdministrator: 'Example Claims Group',
      examDate: '2026-05-04',
    });
    await page.getByRole('button', { name: 'Add party', ...exact }).click();
    await page.getByLabel('Role of party 1', exact).selectOption('applicant-attorney');
    await page.getByRole('textbox', { name: 'Name of party 1', ...exact }).fill('Riley Counsel, Esq.');
    await openStep(page, /^Interview/);
    const editor = (label: string) => page.getByRole('textbox', { name: label, ...exact });
    await editor('Employment history and job description').click();
    await page.keyboard.type('Order picker since 2015; lifts cartons up to 40 pounds.');
    await editor('History of the injury').click();
    await page.keyboard.type('Struck by a pallet jack on March 2, 2026.');
    await waitForSaves(page);
    await page.getByRole('button', { name: 'All cases' }).click();

    await page.getByRole('button', { name: 'More actions for Morgan E. Revisit' }).click();
    await page.getByRole('menuitem', { name: 'New case from this one…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case from an earlier one' });
    // Ticked: the parties and the employment history; not the history of this injury.
    const employment = dialog.getByRole('checkbox', { name: /^Employment history/ });
    await employment.waitFor();
    expect(await dialog.getByRole('checkbox', { name: 'Parties (1)' }).isChecked()).toBe(true);
    expect(await employment.isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: /^History of the injury/ }).isChecked()).toBe(false);
    expect(await dialog.getByLabel('Claim number').inputValue()).toBe('RV-4410');
    expect(await dialog.getByLabel('Date of examination').inputValue()).toBe('');
    await dialog.getByLabel('Date of examination').fill('2026-11-30');
    await dialog.getByRole('button', { name: 'Create case' }).focus();
    await page.keyboard.press('Enter');

    // The new case opens; the parties came along, the exam date is the new one.
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Name of party 1', ...exact }).inputValue())
      .toBe('Riley Counsel, Esq.');
    await openStep(page, /^Interview/);
    await expect.poll(() => editor('Employment history and job description').textContent()).toContain('Order picker since 2015');
    expect((await editor('History of the injury').textContent())?.trim()).toBe('');

    // Two cases of the same examinee now; the earlier one kept its history.
    await page.getByRole('button', { name: 'All cases' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Morgan E. Revisit/ }).count()).toBe(2);
  });
});
