// Dictation in the editor (issue 12): text that arrives as an IME-style composition (Windows voice typing, macOS Dictation),
// as inserted text without a keystroke (Dragon), and as a replacement of a word (a correction, Dragon's "correct that",
// the spelling menu) lands once, where it belongs, and is saved.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';
import type { RichDocument } from '../../electron/common/document/doc-model';

const exact = { exact: true } as const;

/** Sends a beforeinput "insertReplacementText" over `word` in the focused editor, as Chromium does for a correction. */
async function replaceWord(page: Page, label: string, word: string, replacement: string): Promise<void> {
  await page.evaluate(
    ({ label, word, replacement }) => {
      const editable = document.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
      const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        const range = new StaticRange({ startContainer: node, startOffset: at, endContainer: node, endOffset: at + word.length });
        const data = new DataTransfer();
        data.setData('text/plain', replacement);
        editable.dispatchEvent(
          new InputEvent('beforeinput', {
            inputType: 'insertReplacementText',
            dataTransfer: data,
            targetRanges: [range],
            bubbles: true,
            cancelable: true,
          }),
        );
        return;
      }
      throw new Error(`"${word}" is not in the editor`);
    },
    { label, word, replacement },
  );
}

describe('dictation into the editor', () => {
  const session = appForThisFile();

  it('composition, inserted text and replacement text land once and are saved', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    await createCase(page, { name: 'Dana Q. Dictation', template: 'ca-qme-comprehensive@1', claimNumber: 'DICT-2026-3' });
    await openStep(page, /Interview/);
    const label = 'History of the injury';
    const editor = page.getByRole('textbox', { name: label, ...exact });
    await editor.click();
    await page.keyboard.type('The examinee reports ');

    // An IME-style composition: the phrase grows while it is spoken, then is committed as a whole.
    await editor.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { compositionEvents: string[] }).compositionEvents = seen;
      for (const type of ['compositionstart', 'compositionend']) el.addEventListener(type, () => seen.push(type));
    });
    const cdp = await page.context().newCDPSession(page);
    for (const partial of ['low', 'low back', 'low back pain']) {
      await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
    }
    await cdp.send('Input.insertText', { text: 'low back pain' });
    await expect.poll(() => editor.textContent()).toBe('The examinee reports low back pain');
    // The browser really composed (the editor saw the composition start and end), and the words landed once.
    expect(await page.evaluate(() => (window as unknown as { compositionEvents: string[] }).compositionEvents)).toEqual([
      'compositionstart',
      'compositionend',
    ]);

    // Text inserted without a keystroke, as Dragon and Windows voice typing send it.
    await cdp.send('Input.insertText', { text: ' radiating to the left leg since the fall.' });
    await expect
      .poll(() => editor.textContent())
      .toBe('The examinee reports low back pain radiating to the left leg since the fall.');

    // A second composition in a new paragraph, cancelled half-way by a commit of other words (a recognition correction).
    await page.keyboard.press('Enter');
    await cdp.send('Input.imeSetComposition', { text: 'Numb', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.imeSetComposition', { text: 'Numbness in', selectionStart: 11, selectionEnd: 11 });
    await cdp.send('Input.insertText', { text: 'Numbness in the right hand.' });
    await expect
      .poll(() => editor.locator('p').allTextContents())
      .toEqual(['The examinee reports low back pain radiating to the left leg since the fall.', 'Numbness in the right hand.']);

    // A replacement of one word ("correct that", or the spelling menu): the word is replaced, nothing else moves.
    await replaceWord(page, label, 'fall', 'slip');
    await expect
      .poll(() => editor.locator('p').allTextContents())
      .toEqual(['The examinee reports low back pain radiating to the left leg since the slip.', 'Numbness in the right hand.']);
    // Typing goes on after the replaced word's paragraph as before.
    await page.keyboard.press('End');
    await page.keyboard.type(' Worse at night.');
    await expect.poll(() => editor.locator('p').nth(1).textContent()).toBe('Numbness in the right hand. Worse at night.');

    await waitForSaves(page);
    const registry = app.backend().registry;
    const cases = (await registry.invoke('cases:list', { query: 'Dictation' })) as { ok: true; data: { id: string }[] };
    const saved = (await registry.invoke('documents:get', { caseId: cases.data[0]!.id, sectionId: 'history-of-injury' })) as {
      ok: true;
      data: { content: RichDocument };
    };
    expect(saved.data.content).toEqual([
      { type: 'paragraph', children: [{ text: 'The examinee reports low back pain radiating to the left leg since the slip.' }] },
      { type: 'paragraph', children: [{ text: 'Numbness in the right hand. Worse at night.' }] },
    ]);
  });
});
