// My phrases as a physician uses them (issue 15): selected text kept as a phrase with a {{placeholder}}, its trigger typed in
// another section (expanded with the examinee's name, undone by one Ctrl+Z), the picker driven by the keyboard (Escape
// returns to the same caret), the exported report printing the expanded text with the case's name filled in, and a
// section's own phrases offered first (Alt+A shows every section's).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { docxText } from '../helpers/docx';
import { exportedFiles } from './harness';
import { PHRASES_FILE_FORMAT } from '../../electron/common/phrases/phrase-model';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';

const exact = { exact: true } as const;
const NAME = 'Robin Q. Example';
const PHRASE_TEXT = '{{case.examineeName}} walks without a limp and rises from the chair without help.';
const EXPANDED = `${NAME} walks without a limp and rises from the chair without help.`;

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('my phrases', () => {
  const session = appForThisFile();

  it(
    'saves a selection as a phrase, expands its trigger, inserts from the picker and exports it filled',
    { timeout: 180_000 },
    async () => {
      const app = session();
      const { page } = app;
      const key = (k: string) => page.keyboard.press(k);
      await createCase(page, { name: NAME, template: 'ca-qme-comprehensive@1', claimNumber: 'PH-2026-15' });
      await openStep(page, /Interview/);

      // Select a sentence in one section and keep it as a phrase (Ctrl+Shift+S).
      const history = page.getByRole('textbox', { name: 'History of the injury', ...exact });
      await history.click();
      await page.keyboard.type(PHRASE_TEXT);
      await key('Control+a');
      await key('Control+Shift+s');
      const saveDialog = page.getByRole('dialog', { name: 'Save the selection as a phrase' });
      await saveDialog.getByLabel('Name').fill('Gait, normal');
      await saveDialog.getByLabel('Trigger').fill('gait');
      await saveDialog.getByRole('button', { name: 'Save phrase' }).click();
      await page
        .getByText('Saved the phrase "Gait, normal". Type ;gait and Space in any section to insert it.')
        .first()
        .waitFor();
      await expect.poll(() => focusedLabel(page)).toBe('History of the injury');

      // A trigger already in use is refused in the dialog, with what to do.
      await key('Control+Shift+s');
      await saveDialog.getByLabel('Name').fill('Gait again');
      await saveDialog.getByLabel('Trigger').fill('gait');
      await saveDialog.getByRole('button', { name: 'Save phrase' }).click();
      await expect
        .poll(() => saveDialog.getByRole('alert').textContent())
        .toContain('The trigger ;gait is already used by the phrase "Gait, normal". Choose another trigger.');
      await saveDialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => focusedLabel(page)).toBe('History of the injury');
      // The phrase is kept; the sentence with its placeholder leaves this section.
      await key('Control+a');
      await key('Backspace');
      await expect.poll(() => history.textContent()).not.toContain('walks');

      // In another section: ;gait then Space expands it with the examinee's name; one Ctrl+Z gives the trigger back.
      const employment = page.getByRole('textbox', { name: 'Employment history and job description', ...exact });
      await employment.click();
      await page.keyboard.type('On examination ;gait');
      await key('Space');
      await expect.poll(() => employment.textContent()).toBe(`On examination ${EXPANDED} `);
      await key('Control+z');
      await expect.poll(() => employment.textContent()).toBe('On examination ;gait');
      await key('Enter');
      await expect.poll(() => employment.textContent()).toBe(`On examination ${EXPANDED}`);

      // The picker: Ctrl+Shift+P, Escape returns to the same caret; then type to filter, arrows and Enter insert.
      await key('Control+Shift+p');
      const picker = page.getByRole('dialog', { name: 'Insert a phrase' });
      const search = picker.getByRole('combobox', { name: 'Find a phrase' });
      await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
      await key('Escape');
      await picker.waitFor({ state: 'hidden' });
      await expect.poll(() => focusedLabel(page)).toBe('Employment history and job description');
      await page.keyboard.type(' Then:');
      await expect.poll(() => employment.textContent()).toBe(`On examination ${EXPANDED} Then:`);

      await key('Enter');
      await key('Control+Shift+p');
      await page.keyboard.type('nothing like this');
      await picker.getByText('No History phrase matches. Press Alt+A to search every section').waitFor();
      await search.fill('');
      await page.keyboard.type('limp');
      const options = picker.getByRole('option');
      await expect.poll(() => options.count()).toBe(1);
      await key('ArrowDown');
      await expect.poll(() => options.first().getAttribute('aria-selected')).toBe('true');
      await key('Enter');
      await picker.waitFor({ state: 'hidden' });
      await expect.poll(() => employment.locator('p').allTextContents()).toEqual([`On examination ${EXPANDED} Then:`, EXPANDED]);

      // The exported report prints the expanded text with the case's name, never the placeholder.
      await waitForSaves(page);
      await page.getByRole('button', { name: 'Export to Word' }).click();
      await expect.poll(() => exportedFiles(app).length, { timeout: 60_000 }).toBe(1);
      const text = await docxText(exportedFiles(app)[0]!);
      expect(text).toContain(`On examination ${EXPANDED} Then:`);
      expect(text.split(EXPANDED).length - 1).toBe(2);
      expect(text).not.toContain('{{case.examineeName}}');
      expect(text).not.toContain(';gait');
    },
  );

  it(
    'manages the phrases in Settings: starter examples, rename, delete with Undo, export and a refused import',
    { timeout: 120_000 },
    async () => {
      const app = session();
      const { page } = app;
      await page.getByRole('button', { name: 'All cases' }).click();
      await page
        .getByRole('button', { name: 'Settings', ...exact })
        .first()
        .click();
      const section = page.getByRole('region', { name: 'My phrases' });
      await section.getByRole('button', { name: 'Add the starter phrases' }).click();
      await page
        .getByText(/^Added \d+ starter phrases\. They are examples/)
        .first()
        .waitFor();
      const examples = section.getByText('Example to edit');
      await expect.poll(() => examples.count()).toBeGreaterThanOrEqual(10);
      const starterCount = await examples.count();
      expect(await section.getByRole('heading', { name: 'Examination findings' }).count()).toBe(1);
      expect(await section.getByRole('heading', { name: 'Impairment and the Guides' }).count()).toBe(1);

      // Rename an example: it becomes the physician's own.
      await section.getByRole('button', { name: 'Edit Example: Knee examination' }).click();
      const editDialog = page.getByRole('dialog', { name: 'Edit "Example: Knee examination"' });
      await editDialog.getByLabel('Name').fill('Knee examination');
      await editDialog.getByRole('button', { name: 'Save phrase' }).click();
      await editDialog.waitFor({ state: 'hidden' });
      await section.getByRole('button', { name: 'Edit Knee examination' }).waitFor();
      await expect.poll(() => examples.count()).toBe(starterCount - 1);

      // Delete, then Undo brings it back.
      await section.getByRole('button', { name: 'Delete Knee examination' }).click();
      await expect.poll(() => section.getByRole('button', { name: 'Delete Knee examination' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await section.getByRole('button', { name: 'Delete Knee examination' }).waitFor();

      // Export writes every phrase, with the one saved in the case.
      await section.getByRole('button', { name: 'Export phrases…' }).click();
      await page
        .getByText(/^Exported \d+ phrases to /)
        .first()
        .waitFor();
      const file = fs.readdirSync(app.exportDir).find((f) => f.endsWith('.json'))!;
      const exported = JSON.parse(fs.readFileSync(path.join(app.exportDir, file), 'utf8')) as {
        format: string;
        phrases: { name: string; trigger: string }[];
      };
      expect(exported.format).toBe(PHRASES_FILE_FORMAT);
      expect(exported.phrases.map((p) => p.trigger)).toEqual(expect.arrayContaining(['gait', 'kneeexam']));

      // Importing the same file again is refused whole, saying which phrase clashes.
      app.nextOpenFile = path.join(app.exportDir, file);
      await section.getByRole('button', { name: 'Import phrases…' }).click();
      await page
        .getByText(/is already used by the phrase .* Nothing was imported\./)
        .first()
        .waitFor();
      await expect.poll(() => examples.count()).toBe(starterCount - 1);
    },
  );

  it(
    "offers a section's own phrases first: the picker in the examination narrows to them, Alt+A shows every section's",
    { timeout: 120_000 },
    async () => {
      const { page } = session();
      const key = (k: string) => page.keyboard.press(k);
      await page.getByRole('button', { name: 'All cases' }).click();
      await page.getByRole('row', { name: /Robin Q\. Example/ }).click();
      await openStep(page, /Examination/);
      const findings = page.getByRole('textbox', { name: 'Findings on examination', ...exact });
      await findings.click();

      await key('Control+Shift+p');
      const picker = page.getByRole('dialog', { name: 'Insert a phrase' });
      const options = picker.getByRole('option');
      const names = async () => (await options.allTextContents()).map((t) => t.split(' ;')[0]);
      // The starter "Knee examination" (renamed above) is an examination phrase; "Gait, normal" was kept from the history.
      await expect.poll(names).toContain('Knee examination');
      expect(await names()).not.toContain('Gait, normal');
      await key('Alt+a');
      await expect.poll(names).toContain('Gait, normal');
      await key('Alt+a');
      await expect.poll(names).not.toContain('Gait, normal');
      await page.keyboard.type('limp');
      await picker.getByText('No Examination findings phrase matches. Press Alt+A to search every section').waitFor();
      await key('Escape');
      await picker.waitFor({ state: 'hidden' });

      // A phrase kept from this section is filed under it.
      await page.keyboard.type('Gait slow but steady.');
      await key('Control+a');
      await key('Control+Shift+s');
      const saveDialog = page.getByRole('dialog', { name: 'Save the selection as a phrase' });
      await expect.poll(() => saveDialog.getByLabel('Section').inputValue()).toBe('examination');
      await saveDialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => focusedLabel(page)).toBe('Findings on examination');
    },
  );
});
