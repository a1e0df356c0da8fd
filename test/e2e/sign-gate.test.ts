// Nothing unfinished can be signed, through the UI: a warning opens a confirmation that lists it, "Sign anyway" signs and
// the export history shows the accepted warning; a case with missing items is not signed, and "Sign and export" lists what
// is missing, each a link to the place to fix it. The step rail's marks agree with the compliance check throughout.
import { describe, expect, it } from 'vitest';
import { appForThisFile, createCase, waitForSaves } from './app-steps';
import { exportedFiles } from './harness';

const exact = { exact: true } as const;
const ENCOUNTER = 'Diagnosis codes: the 7th character fits the time since the injury';

describe('signing waits for the compliance check', () => {
  const session = appForThisFile();

  it('asks before signing past a warning, and records that it was accepted', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Name as signed').fill('Jordan P. Signer, MD');
    // The caption prints the specialty.
    await page.getByLabel('Specialty').fill('Physical medicine and rehabilitation');
    await waitForSaves(page);
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('region', { name: 'No cases yet' }).getByRole('button', { name: 'Open sample case' }).click();

    // The sample is complete: once checked, no step of the rail is marked incomplete.
    await page.getByRole('tab', { name: 'Review and sign (complete)' }).waitFor();
    expect(await page.getByRole('tab', { name: /\(incomplete\)$/ }).count()).toBe(0);

    // An "initial encounter" code months after the injury: a warning, not a gap, so the step stays done.
    await page.getByRole('tab', { name: /^Diagnoses/ }).click();
    await page.getByLabel('ICD-10 code of diagnosis 2', exact).fill('S83.242A');
    await waitForSaves(page);

    await page.getByRole('tab', { name: /^Review and sign/ }).click();
    const checkList = page.getByRole('region', { name: 'Compliance check' });
    await checkList.locator('li[data-status="warning"]', { hasText: ENCOUNTER }).waitFor();
    expect(await page.getByRole('tab', { name: 'Diagnoses (complete)' }).count()).toBe(1);

    const panel = page.getByRole('region', { name: 'Sign and export' });
    await panel.getByRole('button', { name: 'Sign and export' }).click();

    const confirm = page.getByRole('alertdialog', { name: 'Sign with open warnings?' });
    await confirm.waitFor();
    const listed = confirm.getByRole('list', { name: 'Warnings to accept' });
    expect(await listed.textContent()).toContain(`${ENCOUNTER}: S83.242A (Left knee) ends in "A"`);
    expect(exportedFiles(app)).toEqual([]);
    // The alert starts on Cancel; the physician moves to "Sign anyway" with the keyboard.
    await expect
      .poll(() => confirm.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => confirm.getByRole('button', { name: 'Sign anyway' }).evaluate((b) => b === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');

    await expect.poll(() => exportedFiles(app).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/Version 1 was signed on \d\d\/\d\d\/\d{4}/);
    const history = page.getByRole('table', { name: 'Exports' });
    const accepted = history.getByRole('list', { name: 'Warnings accepted when signing' });
    await expect.poll(() => accepted.textContent()).toContain(`Warning accepted: ${ENCOUNTER}`);
  });

  it('does not sign a case with missing items: it says what is missing and links to each', { timeout: 180_000 }, async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'All cases' }).click();
    await createCase(page, { name: 'Unfinished Q. Case', claimNumber: 'CLM-1', examDate: '2026-11-02' });
    await page.getByRole('tab', { name: 'Case and parties (incomplete)' }).waitFor();

    await page.getByRole('tab', { name: /^Review and sign/ }).click();
    const panel = page.getByRole('region', { name: 'Sign and export' });
    await panel.getByLabel('County where you sign').fill('Los Angeles');
    await panel.getByRole('button', { name: 'Sign and export' }).click();

    const missing = panel.getByRole('alert', { name: 'Not signed yet' });
    await missing.waitFor();
    const items = missing.getByRole('list', { name: 'Missing before signing' });
    const text = await items.textContent();
    expect(text).toContain('Date the exam was completed and its street address: Add the street address of the examination.');
    expect(text).toContain('History of the injury: History of the injury: add the text.');
    expect(text).not.toMatch(/exam\.streetAddress|undefined/);
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    // Each is a link to its place: the street address opens the case step.
    await missing.getByText('Date the exam was completed and its street address', exact).click();
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Case and parties (incomplete)' }).count()).toBe(1);

    // By keyboard too: the history link opens the interview step.
    await page.getByRole('tab', { name: /^Review and sign/ }).click();
    await panel.getByRole('button', { name: 'Sign and export' }).click();
    await missing.waitFor();
    await missing.getByText('History of the injury', exact).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Interview (history)' }).waitFor();
  });
});
