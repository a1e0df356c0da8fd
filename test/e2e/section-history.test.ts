// A section's History driven by the keyboard: versions kept while typing (the backend's clock moved past 10 minutes),
// Ctrl+Alt+H opens them newest first, ↓ chooses an older one whose changes against the current text are marked, the
// restore (confirmed) puts its text back in the editor, and the exported report prints it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { documentPlainText } from '../../electron/common/document/doc-model';
import { docxText } from '../helpers/docx';
import { closeBrowser, exportedFiles, launchApp, type AppSession } from './harness';
import { createCase, openStep, waitForSaves } from './app-steps';

const MINUTE = 60_000;
const SECTION = 'history-of-injury';
const KEPT = 'The examinee slipped on a wet floor.';
const LATER = ' It was raining, and she fell onto her left hip.';

/** The accessible name of the focused element. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

describe('a section’s history', () => {
  let app: AppSession | undefined;
  // The backend's clock runs ahead by this much; moving it stands in for ten minutes of typing.
  let ahead = 0;
  beforeAll(async () => {
    app = await launchApp({ now: () => new Date(Date.now() + ahead) });
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('opens with the shortcut, shows what changed, restores an older text and exports it', { timeout: 240_000 }, async () => {
    const { page } = app!;
    await createCase(page, { name: 'Hana R. Fictional', template: 'ca-qme-comprehensive@1', claimNumber: 'HX-2026-7' });
    await openStep(page, /Interview/);
    const cases = await app!.backend().registry.invoke('cases:list', { query: '' });
    const caseId = cases.ok ? (cases.data as { id: string }[])[0]!.id : '';
    const saved = async () => {
      const r = await app!.backend().registry.invoke('documents:get', { caseId, sectionId: SECTION });
      return r.ok ? documentPlainText((r.data as { content: Parameters<typeof documentPlainText>[0] }).content) : '';
    };

    // A section without versions says when they are kept.
    await page.getByRole('textbox', { name: 'Employment history and job description', exact: true }).click();
    await page.keyboard.press('Control+Alt+h');
    const empty = page.getByRole('dialog', { name: 'Earlier versions: Employment history and job description' });
    await expect
      .poll(() => empty.textContent())
      .toContain('No earlier versions yet: a version is kept every 10 minutes of editing and at signing.');
    await page.keyboard.press('Escape');
    await empty.waitFor({ state: 'hidden' });

    const editor = page.getByRole('textbox', { name: 'History of the injury', exact: true });
    await editor.click();
    await page.keyboard.type(KEPT.slice(0, -1));
    await expect.poll(saved).toBe(KEPT.slice(0, -1));
    // Ten minutes on, the next save keeps a version: this one keystroke makes it exactly KEPT.
    ahead += 11 * MINUTE;
    await page.keyboard.type('.');
    await expect.poll(saved).toBe(KEPT);
    await page.keyboard.type(LATER);
    await expect.poll(saved).toBe(KEPT + LATER);
    ahead += 11 * MINUTE;
    await page.keyboard.type(' Later.');
    await expect.poll(saved).toBe(`${KEPT}${LATER} Later.`);

    await page.keyboard.press('Control+Alt+h');
    const dialog = page.getByRole('dialog', { name: 'Earlier versions: History of the injury' });
    const versions = dialog.getByRole('listbox', { name: 'Versions, newest first' });
    await expect.poll(() => versions.getByRole('option').count()).toBe(3);
    await expect.poll(() => versions.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => versions.getByRole('option', { selected: true }).textContent()).toMatch(/· 1[78] words$/);

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => versions.getByRole('option', { selected: true }).textContent()).toMatch(/· 7 words$/);
    const preview = dialog.getByRole('document', { name: 'Text of this version' });
    // Restoring it would remove the later words: struck through against the current text.
    await expect.poll(() => preview.locator('del').allTextContents()).toEqual([`${LATER.trim()} Later.`]);
    expect(await preview.locator('ins').count()).toBe(0);
    await expect.poll(() => dialog.getByText(/0 words brought back .*, 11 removed/).count()).toBe(1);

    // Tab to "Restore this version"; the confirmation starts on Cancel and says the current text is kept.
    for (let i = 0; i < 6 && (await focusedName(page)) !== 'Restore this version'; i++) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Restore this version');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Restore this version?' });
    await expect.poll(() => confirm.textContent()).toContain('The current text is kept as a version in History');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Restore');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => editor.textContent()).toBe(KEPT);
    await expect.poll(saved).toBe(KEPT);
    // The restore is one edit in the editor: one Ctrl+Z brings the replaced text back, and redo the restored one.
    await editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe(`${KEPT}${LATER} Later.`);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor.textContent()).toBe(KEPT);
    await expect.poll(saved).toBe(KEPT);
    await waitForSaves(page);

    // History now also holds the text the restore replaced.
    await editor.click();
    await page.keyboard.press('Control+Alt+h');
    await expect.poll(() => versions.getByRole('option').count()).toBe(4);
    await expect.poll(() => versions.getByRole('option').first().textContent()).toContain('Before restore');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.keyboard.press('Control+e');
    await expect.poll(() => exportedFiles(app!).length, { timeout: 60_000 }).toBe(1);
    const report = await docxText(exportedFiles(app!)[0]!);
    expect(report).toContain(KEPT);
    expect(report).not.toContain('raining');
  });
});
