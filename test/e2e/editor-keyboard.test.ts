// A structured history written with the keyboard only (issue 12): headings, paragraphs, bullets nested with Tab, bold with
// Ctrl+B, the toolbar reached with Alt+F10; each editor is one Tab stop, and a date field gives up Tab after a whole date.
// Checked on screen, in the saved section and in the exported report.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportedFiles } from './harness';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';
import { docxHtml } from '../helpers/docx';
import type { RichDocument } from '../../electron/common/document/doc-model';

const exact = { exact: true } as const;

/** The accessible name of the focused element, as a screen reader would announce it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.id ?? '';
  });

describe('writing with the keyboard only', () => {
  const session = appForThisFile();

  it('a date field gives up the first Tab after a whole date is typed', { timeout: 60_000 }, async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'New case' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    const birth = dialog.getByLabel('Date of birth', exact);
    await birth.click();
    await page.keyboard.type('03141975');
    await page.keyboard.press('Tab');
    // The focus left the date, so the next entry lands in the next field, not in the year.
    await page.keyboard.type('DT-2026-1');
    expect(await dialog.getByLabel(/^Claim (or policy )?number/).inputValue()).toBe('DT-2026-1');
    expect(await birth.inputValue()).toBe('1975-03-14');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => birth.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('writes a structured history that is saved and exported as written', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    await createCase(page, { name: 'Kim Q. Keyboard', template: 'ca-qme-comprehensive@1', claimNumber: 'KB-2026-12' });
    await openStep(page, /Interview/);

    const history = page.getByRole('textbox', { name: 'History of the injury', ...exact });
    await history.click();
    // One Tab stop per editor: Tab goes from this editor to the next one, past that one's toolbar, and Shift+Tab comes back.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('Employment history and job description');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toBe('History of the injury');

    const key = (k: string) => page.keyboard.press(k);
    const type = (t: string) => page.keyboard.type(t);
    await key('Control+Alt+1');
    await type('Mechanism of injury');
    await key('Enter'); // a heading is followed by a normal paragraph
    await type('While lifting a 40-lb box the examinee felt ');
    await key('Control+b');
    await type('sudden');
    await key('Control+b');
    await type(' low back pain.');
    await key('Enter');
    await key('Control+Alt+2');
    await type('Complaints');
    await key('Enter');
    await key('Control+Shift+8');
    await type('Low back pain');
    await key('Enter');
    await key('Tab'); // nests the item
    await type('Radiating to the left calf');
    await key('Enter');
    await key('Shift+Tab');
    await type('Right wrist numbness at night');
    await key('Enter');
    await key('Enter'); // an empty item ends the list
    await type('No prior injuries to these body parts.');

    // The toolbar is reached with Alt+F10; arrows move in it, Enter acts and hands the focus back to the editor.
    await key('Enter');
    await key('Alt+F10');
    await expect.poll(() => focused(page)).toBe('Bold (Ctrl+B)');
    await key('ArrowRight');
    await expect.poll(() => focused(page)).toBe('Italic (Ctrl+I)');
    await key('Enter');
    await expect.poll(() => focused(page)).toBe('History of the injury');
    await type('Per the examinee.');
    await key('Alt+F10');
    await expect.poll(() => focused(page)).toBe('Italic (Ctrl+I)'); // the toolbar remembers its place
    // One Escape returns even while the button's tooltip shows (the tooltip would otherwise take the first Escape).
    await page.locator('.fui-Tooltip__content', { hasText: 'Italic (Ctrl+I)' }).waitFor();
    await key('Escape');
    await expect.poll(() => focused(page)).toBe('History of the injury');

    // On screen.
    await expect.poll(() => history.locator('h2').allTextContents()).toEqual(['Mechanism of injury']);
    await expect.poll(() => history.locator('h3').allTextContents()).toEqual(['Complaints']);
    expect(await history.locator('p').allTextContents()).toEqual([
      'While lifting a 40-lb box the examinee felt sudden low back pain.',
      'No prior injuries to these body parts.',
      'Per the examinee.',
    ]);
    expect(await history.locator('strong').allTextContents()).toEqual(['sudden']);
    expect(await history.locator('em').allTextContents()).toEqual(['Per the examinee.']);
    expect(await history.locator('ul > li').evaluateAll((lis) => lis.map((li) => [li.textContent, li.dataset.indent]))).toEqual([
      ['Low back pain', '0'],
      ['Radiating to the left calf', '1'],
      ['Right wrist numbness at night', '0'],
    ]);

    // Saved as written.
    await waitForSaves(page);
    const registry = app.backend().registry;
    const cases = (await registry.invoke('cases:list', { query: 'Keyboard' })) as { ok: true; data: { id: string }[] };
    const saved = (await registry.invoke('documents:get', { caseId: cases.data[0]!.id, sectionId: 'history-of-injury' })) as {
      ok: true;
      data: { content: RichDocument };
    };
    expect(saved.data.content).toEqual([
      { type: 'heading-one', children: [{ text: 'Mechanism of injury' }] },
      {
        type: 'paragraph',
        children: [
          { text: 'While lifting a 40-lb box the examinee felt ' },
          { text: 'sudden', bold: true },
          { text: ' low back pain.' },
        ],
      },
      { type: 'heading-two', children: [{ text: 'Complaints' }] },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Low back pain' }] },
          { type: 'list-item', indent: 1, children: [{ text: 'Radiating to the left calf' }] },
          { type: 'list-item', children: [{ text: 'Right wrist numbness at night' }] },
        ],
      },
      { type: 'paragraph', children: [{ text: 'No prior injuries to these body parts.' }] },
      { type: 'paragraph', children: [{ text: 'Per the examinee.', italic: true }] },
    ]);

    // Exported as written: Word's list levels nest the item, the marks and headings are Word's own.
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect.poll(() => exportedFiles(app).length, { timeout: 30_000 }).toBe(1);
    const html = await docxHtml(exportedFiles(app)[0]!);
    expect(html).toContain('<h2>Mechanism of injury</h2>');
    expect(html).toContain('While lifting a 40-lb box the examinee felt <strong>sudden</strong> low back pain.');
    expect(html).toContain(
      '<li>Low back pain<ul><li>Radiating to the left calf</li></ul></li><li>Right wrist numbness at night</li>',
    );
    expect(html).toContain('<em>Per the examinee.</em>');
  });
});
