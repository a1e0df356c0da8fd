// A physician's first session: empty list → new case → formatted narrative → restart → export → Word file read back.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportedFiles } from './harness';
import { appForThisFile } from './app-steps';
import { docxHtml, docxText, pdfText, readDocxPart, renderDocxToPdf } from '../helpers/docx';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

describe('case → narrative → Word', () => {
  const session = appForThisFile();

  it('walks a new user from the empty state to an exported report', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;

    // First start: the empty state says what to do and offers both actions.
    await expect.poll(() => page.getByRole('region', { name: 'No cases yet' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Open sample case' }).count()).toBeGreaterThan(0);

    // Create a case; a missing name is refused beside the field.
    await page.getByRole('button', { name: 'New case' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await dialog.getByRole('button', { name: 'Create case' }).click();
    await expect.poll(() => dialog.getByText('Enter the examinee’s name.').isVisible()).toBe(true);

    await dialog.getByLabel('Examinee (applicant) name').fill('Jordan E. Testcase');
    await dialog.getByLabel('Date of birth').fill('1980-02-29');
    await dialog.getByLabel('Claim number').fill('CLM-0042-E2E');
    await dialog.getByLabel('Employer').fill('Acme Fictional Logistics');
    await dialog.getByLabel('Claims administrator').fill('Imaginary Claims Co.');
    await dialog.getByLabel('Date of examination').fill('2026-11-02');
    await dialog.getByRole('button', { name: 'Create case' }).click();

    // Type formatted text with the keyboard, like a person, in the interview step's first section.
    await page.getByRole('tab', { name: /Interview \(history\)/ }).click();
    const editor = page.getByRole('textbox', { name: 'History of the injury' });
    await editor.click();
    await page.keyboard.press(`${MOD}+Alt+Digit1`);
    await page.keyboard.type('Mechanism of injury');
    await page.keyboard.press('Enter');
    await page.keyboard.press(`${MOD}+Alt+Digit0`);
    await page.keyboard.type('The examinee was ');
    await page.keyboard.press(`${MOD}+b`);
    await page.keyboard.type('lifting boxes');
    await page.keyboard.press(`${MOD}+b`);
    await page.keyboard.type(' when she felt ');
    await page.keyboard.press(`${MOD}+i`);
    await page.keyboard.type('sharp pain');
    await page.keyboard.press(`${MOD}+i`);
    await page.keyboard.type(' in the ');
    await page.keyboard.press(`${MOD}+u`);
    await page.keyboard.type('lower back');
    await page.keyboard.press(`${MOD}+u`);
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await page.keyboard.press(`${MOD}+Shift+Digit8`);
    await page.keyboard.type('Pain with bending');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Numbness in the left calf');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty item leaves the list
    await page.keyboard.press(`${MOD}+Shift+Digit7`);
    await page.keyboard.type('Occupational clinic');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Physical therapy');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typo to undo');
    await page.keyboard.press(`${MOD}+z`);

    await expect
      .poll(() => page.getByTestId('save-status').allTextContents(), { timeout: 5000 })
      .not.toContainEqual(expect.stringContaining('Saving'));

    // Quit and reopen: the case is in the list and every word is there.
    await app.restart();
    await page.getByRole('searchbox', { name: 'Search cases' }).fill('CLM-0042');
    await page.getByRole('row', { name: /Jordan E\. Testcase/ }).click();
    await page.getByRole('tab', { name: /Interview \(history\)/ }).click();
    const reopened = page.getByRole('textbox', { name: 'History of the injury' });
    await expect
      .poll(() => reopened.textContent())
      .toContain('The examinee was lifting boxes when she felt sharp pain in the lower back.');
    expect(await reopened.locator('strong', { hasText: 'lifting boxes' }).count()).toBe(1);
    expect(await reopened.locator('li').count()).toBe(4);
    expect(await reopened.textContent()).not.toContain('Typo to undo');

    // Export to Word.
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect.poll(() => exportedFiles(app).length, { timeout: 15_000 }).toBe(1);
    const file = exportedFiles(app)[0]!;

    const text = await docxText(file);
    for (const expected of [
      'Jordan E. Testcase',
      '02/29/1980',
      'CLM-0042-E2E',
      'Acme Fictional Logistics',
      'Imaginary Claims Co.',
      '11/02/2026',
    ]) {
      expect(text).toContain(expected);
    }
    const html = await docxHtml(file);
    expect(html).toContain('<strong>lifting boxes</strong>');
    expect(html).toMatch(/<em>sharp pain<\/em>/);
    expect(html).toMatch(/<h1>History of the injury<\/h1><h2>Mechanism of injury<\/h2>/);
    expect(html).toMatch(/<ul><li>Pain with bending<\/li><li>Numbness in the left calf<\/li><\/ul>/);
    expect(html).toMatch(/<ol><li>Occupational clinic<\/li><li>Physical therapy<\/li><\/ol>/);
    expect(readDocxPart(file)).toMatch(/<w:u [^>]*\/><\/w:rPr><w:t[^>]*>lower back</);

    const pdf = renderDocxToPdf(file);
    const rendered = pdfText(pdf);
    expect(rendered).toContain('Jordan E. Testcase');
    expect(rendered).toMatch(/Page 1 of \d+/);
    expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
    expect(app.blockedRequests).toEqual([]);
  });
});
