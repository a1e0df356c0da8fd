// Examination measurements entered with the keyboard and mouse on the Examination step (a lumbar range of motion with
// its normal value, a right grip strength by Jamar position), saved across a restart, and printed as the Measurements
// table of the exported draft.
import { describe, expect, it } from 'vitest';
import { exportedFiles } from './harness';
import { appForThisFile, createCase, openStep } from './app-steps';
import { docxHeadings, docxHtml } from '../helpers/docx';

const exact = { exact: true } as const;

/** The rows of the exported table that follows the heading "Measurements", as cell texts. */
function measurementsRows(html: string): string[][] {
  const table = /<h1>Measurements<\/h1>\s*<table>([\s\S]*?)<\/table>/.exec(html)?.[1];
  if (!table) throw new Error('The export has no table under the heading "Measurements"');
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '').trim()),
  );
}

describe('examination measurements', () => {
  const session = appForThisFile();

  it('are entered on the Examination step and printed as a table in the report', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    await createCase(page, {
      name: 'Morgan T. Measure',
      template: 'ca-qme-comprehensive@1',
      claimNumber: 'MEAS-2026-5',
      examDate: '2026-10-06',
    });

    await openStep(page, /^Examination/);
    const section = page.getByRole('region', { name: 'Measurements', ...exact });
    await expect.poll(() => section.textContent()).toContain('No measurements yet.');
    await expect.poll(() => section.textContent()).toContain('Optional');

    // Lumbar flexion, by keyboard: a new row starts in its body part cell, and Tab walks the row.
    await section.getByRole('button', { name: 'Add measurement', ...exact }).click();
    const bodyPart1 = section.getByRole('combobox', { name: 'Body part of measurement 1', ...exact });
    await expect.poll(() => bodyPart1.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Lumbar spine');
    await page.keyboard.press('Tab'); // Kind: range of motion, as a new row starts
    await page.keyboard.press('Tab');
    await page.keyboard.type('Flexion');
    await page.keyboard.press('Tab'); // Side: N/A for the spine
    await page.keyboard.press('Tab');
    await page.keyboard.type('40');
    await page.keyboard.press('Tab');
    await page.keyboard.type('60');
    expect(await section.getByLabel('Kind of measurement 1', exact).inputValue()).toBe('range-of-motion');
    expect(await section.getByRole('combobox', { name: 'Unit of measurement 1', ...exact }).inputValue()).toBe('degrees');

    // Right grip, Jamar position 2: the new row repeats the body part, so the cursor starts at what was measured.
    await section.getByRole('button', { name: 'Add measurement', ...exact }).click();
    const name2 = section.getByRole('combobox', { name: 'Movement or test of measurement 2', ...exact });
    await expect.poll(() => name2.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Jamar position 2');
    await section.getByRole('combobox', { name: 'Body part of measurement 2', ...exact }).fill('Right hand');
    await section.getByLabel('Kind of measurement 2', exact).selectOption({ label: 'Grip' });
    await section.getByLabel('Side of measurement 2', exact).selectOption({ label: 'Right' });
    await section.getByRole('textbox', { name: 'Value of measurement 2', ...exact }).fill('28');
    // Choosing "Grip" swapped the row's default unit.
    expect(await section.getByRole('combobox', { name: 'Unit of measurement 2', ...exact }).inputValue()).toBe('kg');

    await expect
      .poll(() => page.getByTestId('save-status').allTextContents(), { timeout: 8000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Saved')]));
    await expect
      .poll(() => page.getByTestId('save-status').allTextContents(), { timeout: 8000 })
      .not.toContainEqual(expect.stringContaining('Saving'));
    await expect.poll(() => section.getByText('Done', exact).count()).toBe(1);

    // Quit and reopen: the readings were saved.
    await app.restart();
    await page.getByRole('row', { name: /Morgan T\. Measure/ }).click();
    await openStep(page, /^Examination/);
    await expect.poll(() => section.getByRole('textbox', { name: 'Value of measurement 2', ...exact }).inputValue()).toBe('28');
    expect(await section.getByRole('combobox', { name: 'Body part of measurement 2', ...exact }).inputValue()).toBe('Right hand');

    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect.poll(() => exportedFiles(app).length, { timeout: 30_000 }).toBe(1);
    const file = exportedFiles(app)[0]!;

    const headings = docxHeadings(file);
    expect(headings.indexOf('Measurements')).toBe(headings.indexOf('Findings on examination') + 1);
    expect(measurementsRows(await docxHtml(file))).toEqual([
      ['Body part', 'Measurement', 'Side', 'Value', 'Normal'],
      ['Lumbar spine', 'Flexion', '', '40°', '60°'],
      ['Right hand', 'Grip strength (Jamar position 2)', 'Right', '28 kg', ''],
    ]);
  });
});
