// Find and replace across the whole report, word counts and zoom, on the sample QME as a physician would use them with
// the keyboard: Ctrl+F finds in every step's sections and answers, Enter walks the matches (changing step as needed),
// Replace changes one, Replace all changes every section at once with one Undo, and the export prints the new words
// (and its notice shows the file in its folder).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { documentPlainText } from '../../electron/common/document/doc-model';
import { SAMPLE_QME_CASE } from '../../electron/backend/sample/sample-qme-case';
import { docxText } from '../helpers/docx';
import { exportedFiles } from './harness';
import { appForThisFile, waitForSaves } from './app-steps';

const QUERY = 'facet arthropathy';
const REPLACEMENT = 'facet joint arthropathy';

/** How often the sample's narrative sections and answers say it: what Find must count. */
function occurrencesInSample(words: string): number {
  const docs = [...Object.values(SAMPLE_QME_CASE.sections), ...SAMPLE_QME_CASE.questions.map((q) => q.answer)];
  const pattern = new RegExp(words, 'gi');
  return docs.reduce((n, doc) => n + (documentPlainText(doc).match(pattern)?.length ?? 0), 0);
}

const countIn = (text: string, words: string) => text.match(new RegExp(words, 'g'))?.length ?? 0;

/** The text the find bar shows as the current match (the CSS highlight), or null when none is shown. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = (CSS.highlights as unknown as Map<string, Set<Range>>).get('find-match');
    const range = highlight ? [...highlight][0] : undefined;
    return range ? range.toString() : null;
  });

describe('find and replace across the report', () => {
  const session = appForThisFile();

  it('finds in every step, replaces one and all with one Undo, counts words and zooms', { timeout: 240_000 }, async () => {
    const app = session();
    const { page } = app;
    const total = occurrencesInSample(QUERY);
    expect(total).toBeGreaterThanOrEqual(2);

    await page.getByRole('region', { name: 'No cases yet' }).getByRole('button', { name: 'Open sample case' }).click();
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();

    // The report's word count is in the top bar.
    await expect.poll(() => page.getByLabel('Report word count').textContent()).toMatch(/^Report: [\d,]+ words$/);

    // Ctrl+F: the search box has the focus; the count shows as soon as the words are typed.
    await page.keyboard.press('Control+f');
    const search = page.getByRole('search', { name: 'Find in report' });
    const findBox = search.getByRole('textbox', { name: 'Find in report' });
    await expect.poll(() => findBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(QUERY);
    const status = search.getByRole('status');
    await expect.poll(() => status.textContent()).toBe(`${total} matches`);

    // Enter shows the first match, on its own step; Enter again the next, Shift+Enter back.
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^1 of ${total} · `));
    await expect.poll(() => highlighted(page)).toMatch(/^facet arthropathy$/i);
    const firstPlace = (await status.textContent())!.split(' · ')[1];
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^2 of ${total} · `));
    await expect.poll(() => highlighted(page)).toMatch(/^facet arthropathy$/i);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status.textContent()).toBe(`1 of ${total} · ${firstPlace}`);

    // Whole words and match case narrow the search; a word inside another is not a whole word.
    await findBox.fill('arthropath');
    await expect.poll(() => status.textContent()).toMatch(/matches?$/);
    await search.getByRole('checkbox', { name: 'Whole words' }).check();
    await expect.poll(() => status.textContent()).toBe('No matches');
    await search.getByRole('checkbox', { name: 'Whole words' }).uncheck();
    await findBox.fill(QUERY);
    await expect.poll(() => status.textContent()).toBe(`${total} matches`);

    // Replace the first one only: one fewer to find, and its section says the new words.
    await page.keyboard.press('Control+h');
    const replaceBox = search.getByRole('textbox', { name: 'Replace with' });
    await replaceBox.fill(REPLACEMENT);
    await findBox.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^1 of ${total} · `));
    await search.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`of ${total - 1}`));

    // Replace all: every other section at once, then Undo puts them all back, then again for the export.
    await search.getByRole('button', { name: 'Replace all' }).click();
    const undoToast = page.getByText(new RegExp(`^Replaced ${total - 1} match(es)? in \\d+ sections?\\.$`));
    await undoToast.waitFor();
    await expect.poll(() => status.textContent()).toBe('No matches');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe(`${total - 1} matches`);
    await search.getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(() => status.textContent()).toBe('No matches');

    // Escape closes the bar.
    await findBox.press('Escape');
    await expect.poll(() => page.getByRole('search', { name: 'Find in report' }).count()).toBe(0);

    // A section's word count follows what is typed, once saved.
    await page.getByRole('tab', { name: /^Discussion/ }).click();
    const editor = page.getByRole('textbox', { name: 'Causation of injury (AOE/COE)', exact: true });
    const count = page.getByLabel('Causation of injury (AOE/COE): word count');
    const before = Number((await count.textContent())!.replace(/\D/g, ''));
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Reviewed.');
    await waitForSaves(page);
    await expect.poll(async () => Number((await count.textContent())!.replace(/\D/g, ''))).toBe(before + 1);

    // Zoom with the keyboard: the level shows in the corner, Ctrl+0 goes back to 100 %.
    await page.keyboard.press('Control+=');
    await page.getByRole('button', { name: 'Zoom 110 %' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('zoom'))).toBe('1.1');
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await page.getByRole('button', { name: 'Zoom 90 %' }).waitFor();
    await page.keyboard.press('Control+0');
    await expect.poll(() => page.getByRole('button', { name: /^Zoom/ }).count()).toBe(0);

    // The exported report says the new words wherever the sections and answers said the old ones.
    await waitForSaves(page);
    await page.keyboard.press('Control+e');
    await expect.poll(() => exportedFiles(app).length, { timeout: 60_000 }).toBe(1);
    const text = await docxText(exportedFiles(app)[0]!);
    expect(countIn(text, REPLACEMENT)).toBe(total);

    // The notice of the export opens the file it wrote, or shows it in its folder.
    const notice = page
      .getByText(/^Report saved to /)
      .locator('xpath=ancestor::*[@role="status" or contains(@class, "fui-Toast")][1]');
    await notice.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app.systemRequests).toEqual([{ action: 'show', file: exportedFiles(app)[0] }]);
  });
});
