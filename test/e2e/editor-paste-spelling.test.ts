// Paste and spelling in the real editor (issue 12): Word's clipboard HTML pasted into the editor arrives as headings, bold,
// lists with their nesting and table rows; Ctrl+Shift+V pastes plain paragraphs; a misspelling is underlined, corrected
// from the right-click menu, and a word added to the dictionary stays accepted after the app restarts; in a 50-page
// section a misspelling on the last page is underlined when scrolled to, and an added word clears in every editor.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';

const exact = { exact: true } as const;
const WORD_HTML = fs.readFileSync(path.resolve(__dirname, '../fixtures/paste/word-clipboard.html'), 'utf8');

/**
 * Pastes into the editor as the browser does after Ctrl+V: a paste event whose DataTransfer holds what Word puts on the
 * clipboard (HTML and plain text). The page's origin is not a secure context, so the system clipboard is out of reach.
 */
async function paste(editor: Locator, html: string, text: string): Promise<void> {
  await editor.evaluate(
    (el, { html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

const misspelled = (editor: Locator, word: string) => editor.locator('[data-spell-error]', { hasText: word });

describe('paste and spelling in the editor', () => {
  const session = appForThisFile();

  it('pasted Word HTML keeps its structure; Ctrl+Shift+V pastes plain paragraphs', { timeout: 120_000 }, async () => {
    const { page } = session();
    await createCase(page, { name: 'Pat Q. Paste', template: 'ca-qme-comprehensive@1', claimNumber: 'PS-2026-12' });
    await openStep(page, /Interview/);
    const editor = page.getByRole('textbox', { name: 'History of the injury', ...exact });
    await editor.click();

    await paste(editor, WORD_HTML, 'History of Present Illness\n·\tNeck pain');

    await expect.poll(() => editor.locator('h2').allTextContents()).toEqual(['History of Present Illness']);
    expect(await editor.locator('h3').allTextContents()).toEqual(['Current Complaints']);
    expect(await editor.locator('strong').allTextContents()).toEqual(['fictional', 'worse', 'Date', 'Finding']);
    expect(await editor.locator('em').allTextContents()).toEqual(['intermittent', 'ordered']);
    expect(await editor.locator('u').allTextContents()).toEqual(['radiating symptoms']);
    expect(await editor.locator('ul > li').allTextContents()).toEqual([
      'Neck pain, worse with lifting',
      'Radiates to the right shoulder',
      'Low back pain',
    ]);
    expect(await editor.locator('ul > li[data-indent="1"]').allTextContents()).toEqual(['Radiates to the right shoulder']);
    expect(await editor.locator('ol > li').allTextContents()).toEqual([
      'Cervical MRI reviewed',
      'Electrodiagnostic study ordered',
    ]);
    const paragraphs = await editor.locator('p').allTextContents();
    expect(paragraphs).toContain('Date | Finding');
    expect(paragraphs).toContain('2024-03-02 | Cervical strain');
    // No Word list markers, no empty paragraphs from Word's spacing.
    expect(await editor.textContent()).not.toMatch(/·/);
    expect(paragraphs.filter((p) => p.trim() === '')).toEqual([]);

    // Paste as plain text: the same kind of clipboard, no formatting, one paragraph per line.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // The key press itself (with an empty system clipboard here), then the paste event it leads to.
    await page.keyboard.press('Control+Shift+V');
    await paste(editor, '<h1><b>Plain heading</b></h1><ul><li>Plain item</li></ul>', 'Plain heading\n\nPlain item');
    await expect
      .poll(() => editor.locator('p').allTextContents())
      .toEqual(expect.arrayContaining(['Plain heading', 'Plain item']));
    expect(await editor.locator('h2, h3, h4').allTextContents()).not.toContain('Plain heading');
    expect(await editor.locator('li').allTextContents()).not.toContain('Plain item');
    await waitForSaves(page);
  });

  it(
    'underlines a misspelling, corrects it from the right-click menu, and remembers added words',
    { timeout: 120_000 },
    async () => {
      const app = session();
      const { page } = app;
      await page.getByRole('button', { name: 'All cases' }).click(); // the previous test left a case open
      await createCase(page, { name: 'Sam Q. Spelling', template: 'ca-qme-comprehensive@1', claimNumber: 'SP-2026-12' });
      await openStep(page, /Interview/);
      const editor = page.getByRole('textbox', { name: 'History of the injury', ...exact });
      await editor.click();
      await page.keyboard.type(
        'Zyquelin reports radiculopathyy with paresthesias and a positive Spurling test. Also tendonitiss.',
      );

      await expect.poll(() => misspelled(editor, 'radiculopathyy').count()).toBe(1);
      await expect.poll(() => misspelled(editor, 'tendonitiss').count()).toBe(1);
      expect(await misspelled(editor, 'paresthesias').count()).toBe(0);
      expect(await misspelled(editor, 'Spurling').count()).toBe(0);

      // Right-click the underlined word and pick the first suggestion.
      await misspelled(editor, 'radiculopathyy').click({ button: 'right' });
      const menu = page.getByRole('menu', { name: 'Spelling: radiculopathyy' });
      await expect.poll(() => menu.getByRole('menuitem').first().textContent()).toBe('radiculopathy');
      await menu.getByRole('menuitem', { name: 'radiculopathy', ...exact }).click();
      await expect.poll(() => editor.textContent()).toContain('reports radiculopathy with paresthesias');
      expect(await misspelled(editor, 'radiculopathy').count()).toBe(0);

      // Add a surname to the physician's dictionary: no longer underlined, kept in the database.
      await misspelled(editor, 'Zyquelin').click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Add to dictionary' }).click();
      await expect.poll(() => misspelled(editor, 'Zyquelin').count()).toBe(0);
      await expect
        .poll(async () => (await app.backend().registry.invoke('settings:getSpellingWords', {})) as unknown)
        .toEqual({ ok: true, data: { words: ['Zyquelin'] } });
      await waitForSaves(page);

      // After a restart the word is still accepted, while the other misspelling is underlined again.
      await app.restart();
      await page.getByRole('searchbox', { name: 'Search cases' }).fill('SP-2026-12');
      await page.getByRole('row', { name: /Sam Q\. Spelling/ }).click();
      await openStep(page, /Interview/);
      const reopened = page.getByRole('textbox', { name: 'History of the injury', ...exact });
      await expect.poll(() => misspelled(reopened, 'tendonitiss').count()).toBe(1);
      expect(await reopened.textContent()).toContain('Zyquelin reports radiculopathy');
      expect(await misspelled(reopened, 'Zyquelin').count()).toBe(0);
    },
  );

  it(
    'underlines a misspelling on the last page of a 50-page section, and an added word clears in every editor at once',
    { timeout: 180_000 },
    async () => {
      const app = session();
      const { page } = app;
      const registry = app.backend().registry;
      const created = (await registry.invoke('cases:create', {
        fields: {
          examineeName: 'Lou Q. Longhand',
          dateOfBirth: null,
          claimNumber: 'LH-2026-12',
          employer: 'Fictional Freight LLC',
          claimsAdministrator: 'Pretend Claims Inc.',
          reportKind: 'QME',
          examDate: null,
        },
        template: { id: 'ca-qme-comprehensive', version: 1 },
      })) as { ok: true; data: { id: string } };
      const caseId = created.data.id;
      const paragraph = (text: string) => ({ type: 'paragraph', children: [{ text }] });
      const visit = 'She reports constant low back pain radiating into the left calf, worse after sitting for an hour. ';
      const long = Array.from({ length: 400 }, (_, i) => paragraph(`Visit ${i + 1}. ${visit.repeat(4)}`));
      long[0] = paragraph('Seen by Dr Okwuosa on the first visit.');
      long[399] = paragraph('At the last visit Dr Okwuosa found lumbarr tenderness.');
      for (const [sectionId, content] of [
        ['history-of-injury', long],
        ['current-complaints', [paragraph('Dr Okwuosa advised rest.')]],
      ] as const) {
        const saved = (await registry.invoke('documents:save', { caseId, sectionId, content })) as { ok: boolean };
        expect(saved.ok).toBe(true);
      }

      await page.reload();
      await page.getByRole('row', { name: /Lou Q\. Longhand/ }).click();
      await openStep(page, /Interview/);
      const history = page.getByRole('textbox', { name: 'History of the injury', ...exact });
      const complaints = page.getByRole('textbox', { name: 'Current complaints', ...exact });
      await expect.poll(() => misspelled(history, 'Okwuosa').first().count(), { timeout: 30_000 }).toBe(1);

      const lastPage = history.locator('p').last();
      await lastPage.scrollIntoViewIfNeeded();
      await expect.poll(() => misspelled(lastPage, 'lumbarr').count(), { timeout: 30_000 }).toBe(1);
      expect(await misspelled(lastPage, 'Okwuosa').count()).toBe(1);
      await expect.poll(() => misspelled(complaints, 'Okwuosa').count()).toBe(1);

      // Added from the last page: no longer underlined there, on the first page or in the other section.
      await misspelled(lastPage, 'Okwuosa').click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Add to dictionary' }).click();
      await expect.poll(() => page.locator('[data-spell-error]', { hasText: 'Okwuosa' }).count()).toBe(0);
      expect(await misspelled(lastPage, 'lumbarr').count()).toBe(1);
    },
  );
});
