// A disability-insurance (LTD) IME: the policy definition, the restrictions-and-limitations grid filled with the mouse
// and keyboard, the insurer's question answered; after a restart the grid is intact and the export prints it.
import { describe, expect, it } from 'vitest';
import { exportedFiles } from './harness';
import { appForThisFile, createCase, openStep as step, waitForSaves } from './app-steps';
import { docxHeadings, docxText, readDocxPart } from '../helpers/docx';

const exact = { exact: true } as const;

describe('LTD independent medical examination', () => {
  const session = appForThisFile();

  it('fills the restrictions grid and exports it with the policy definition', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    await createCase(page, {
      name: 'Casey L. Gridtest',
      template: 'ime-disability-insurance@1',
      claimNumber: 'LTD-TEST-42',
      claimsAdministrator: 'Imaginary Disability Mutual',
      examDate: '2026-09-15',
    });
    await page.getByLabel('Coverage').selectOption('ltd');
    await page.getByLabel('Definition applied at this point of the claim').selectOption('own-occupation');
    await page
      .getByLabel("The policy's definition of disability, word for word")
      .fill('Unable to perform the material duties of your own occupation.');
    await page.getByLabel('Occupation and its material duties, as given by the insurer').fill('Registered nurse, hospital ward');
    await page.getByRole('button', { name: 'Add party', ...exact }).click();
    await page.getByLabel('Role of party 1', exact).selectOption('referral-source');
    await page.getByRole('textbox', { name: 'Name of party 1', ...exact }).fill('Riley Referral, Claims Specialist');

    // The grid: by mouse (selects) and keyboard (text cells).
    await step(page, /^Discussion/);
    await page.getByLabel('Sit – How often in a workday', exact).selectOption({ label: 'Frequently (1/3 to 2/3)' });
    await page.getByLabel('Sit – At one time', exact).click();
    await page.keyboard.type('45 minutes');
    await page.keyboard.press('Tab');
    await page.keyboard.type('6 hours');
    await page.getByLabel('Lift/carry 21 to 50 lb – How often in a workday', exact).selectOption({ label: 'Never' });
    await page
      .getByLabel('Lift/carry 21 to 50 lb – Restriction or limitation', exact)
      .selectOption({ label: 'Limitation (cannot)' });
    await page.getByLabel('Lift/carry 21 to 50 lb – Expected duration', exact).selectOption({ label: 'Permanent' });
    await page.getByLabel('Lift/carry 21 to 50 lb – From', exact).fill('2026-09-15');

    await step(page, /Questions from the parties/);
    await page.getByRole('button', { name: 'Add question from…' }).click();
    await page.getByRole('menuitem', { name: /Riley Referral/ }).click();
    await page
      .getByRole('textbox', { name: /^Question 1 from Riley Referral/ })
      .fill('Can the claimant perform her own occupation?');
    await page.getByRole('textbox', { name: /^Answer to question 1 from Riley Referral/ }).click();
    await page.keyboard.type('Not at present; she cannot lift patients.');
    await waitForSaves(page);

    await app.restart();
    await page.getByRole('row', { name: /Casey L\. Gridtest/ }).click();
    await step(page, /^Discussion/);
    expect(await page.getByLabel('Sit – Total per workday', exact).inputValue()).toBe('6 hours');
    expect(await page.getByLabel('Lift/carry 21 to 50 lb – Expected duration', exact).inputValue()).toBe('permanent');

    // Export with the keyboard shortcut shown in the button's tooltip.
    await page.getByLabel('Sit – Total per workday', exact).click();
    await page.keyboard.press(`${process.platform === 'darwin' ? 'Meta' : 'Control'}+e`);
    await expect.poll(() => exportedFiles(app).length, { timeout: 20_000 }).toBe(1);
    const file = exportedFiles(app)[0]!;
    expect(docxHeadings(file)).toContain('Restrictions and limitations');
    const text = await docxText(file);
    for (const expected of [
      'Unable to perform the material duties of your own occupation.',
      'Registered nurse, hospital ward',
      '45 minutes',
      '6 hours',
      'Frequently (1/3 to 2/3)',
      'Limitation (cannot)',
      'Permanent',
      '09/15/2026',
      'Not at present; she cannot lift patients.',
    ]) {
      expect(text).toContain(expected);
    }
    // The grid is a real table with a repeated header row, one row per activity.
    const xml = readDocxPart(file);
    expect(xml).toMatch(/<w:tblHeader\/>.*How often in a workday/s);
    expect(xml).toMatch(/Lift\/carry 21 to 50 lb.*Never.*Limitation \(cannot\).*Permanent/s);
  });
});
