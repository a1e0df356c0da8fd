// Typing ";trigger" then Space/Tab/Enter replaces it with the phrase, placeholders filled from the case (or left as a
// visible "[examinee name]" gap), and one Ctrl+Z gives back the typed trigger. Also: the selection kept as a phrase.
import type { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../../../../electron/common/phrases/phrase-model';
import {
  fillPhrase,
  phraseGapLabels,
  phrasePlaceholderProblem,
} from '../../../../../electron/common/phrases/phrase-placeholders';
import {
  expandTrigger,
  insertPhrase,
  selectionAsDocument,
  triggerBeforeCaret,
} from '../../../../../renderer/src/editor/phrases/phrase-commands';
import { editorFrom, expectEditor, li, nextKeystroke, p, pressKey, chord, text, ul } from '../fixture';

const phrase = (trigger: string, content: Phrase['content']): Phrase => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: trigger,
  trigger,
  sectionKind: 'examination',
  content,
  example: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const lumbar = phrase('lumbarexam', [
  { type: 'paragraph', children: [{ text: 'Lumbar: ', bold: true }, { text: '{{case.examineeName}} bends freely.' }] },
]);
const PRINTED = { 'case.examineeName': 'Maria Q. Sample' };

async function typeInto(editor: Editor, typed: string) {
  for (const ch of typed) {
    editor.insertText(ch);
    await nextKeystroke();
  }
}

describe('trigger expansion', () => {
  it('replaces ";lumbarexam" with the phrase, bold kept and the examinee’s name filled in', () => {
    const editor = editorFrom([p('Exam. ;lumbarexam<cursor/>')]);
    expect(expandTrigger(editor, [lumbar], PRINTED)).toBe(true);
    expectEditor(editor, [p('Exam. ', text('Lumbar: ', 'bold'), 'Maria Q. Sample bends freely.<cursor/>')]);
  });

  it('is undone by one Ctrl+Z, which gives back the typed trigger', async () => {
    const editor = editorFrom([p('Exam. <cursor/>')]);
    await typeInto(editor, ';lumbarexam');
    expandTrigger(editor, [lumbar], PRINTED);
    await nextKeystroke();
    pressKey(editor, chord('Mod+Z'));
    expectEditor(editor, [p('Exam. ;lumbarexam<cursor/>')]);
    pressKey(editor, chord('Mod+Shift+Z'));
    expect(editor.children).toEqual([p('Exam. ', text('Lumbar: ', 'bold'), 'Maria Q. Sample bends freely.')]);
  });

  it('leaves a visible gap for a value the case lacks', () => {
    const editor = editorFrom([p(';lumbarexam<cursor/>')]);
    expandTrigger(editor, [lumbar], {});
    expectEditor(editor, [p(text('Lumbar: ', 'bold'), '[examinee name] bends freely.<cursor/>')]);
    expect(phraseGapLabels('[examinee name] bends freely.')).toEqual(['examinee name']);
  });

  it('matches the trigger in any case, and only at the start of a word', () => {
    expect(triggerBeforeCaret(editorFrom([p('see ;LumbarExam<cursor/>')]))?.trigger).toBe('lumbarexam');
    expect(triggerBeforeCaret(editorFrom([p('a;lumbarexam<cursor/>')]))).toBeNull();
    expect(triggerBeforeCaret(editorFrom([p(';lumbar<cursor/>exam')]))?.trigger).toBe('lumbar');
  });

  it('does nothing for an unknown trigger or an ordinary semicolon', () => {
    for (const typed of ['Exam; <cursor/>', ';nosuch<cursor/>', 'text<cursor/>']) {
      const editor = editorFrom([p(typed)]);
      expect(expandTrigger(editor, [lumbar], PRINTED)).toBe(false);
      expectEditor(editor, [p(typed)]);
    }
  });

  it('inserts a phrase of several blocks, a list among them, inside a paragraph', () => {
    const restrictions = phrase('restrictions', [
      { type: 'paragraph', children: [{ text: 'Restrictions:' }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'No lifting over 25 pounds.' }] }] },
    ]);
    const editor = editorFrom([p(';restrictions<cursor/>')]);
    expandTrigger(editor, [restrictions], PRINTED);
    expectEditor(editor, [p('Restrictions:'), ul(li('No lifting over 25 pounds.<cursor/>'))]);
  });
});

describe('the picker’s insert', () => {
  it('inserts at the caret as one undo step', async () => {
    const editor = editorFrom([p('Findings: <cursor/>')]);
    insertPhrase(editor, lumbar.content, PRINTED);
    await nextKeystroke();
    pressKey(editor, chord('Mod+Z'));
    expectEditor(editor, [p('Findings: <cursor/>')]);
  });
});

describe('placeholders', () => {
  it('fills each known placeholder and leaves unknown braces as written', () => {
    const filled = fillPhrase([{ type: 'paragraph', children: [{ text: '{{case.examDate}} and {{other}}' }] }], {
      'case.examDate': '11/02/2026',
    });
    expect(filled).toEqual([{ type: 'paragraph', children: [{ text: '11/02/2026 and {{other}}' }] }]);
  });

  it('refuses an unknown or half-formatted placeholder with a message naming it', () => {
    expect(phrasePlaceholderProblem([{ type: 'paragraph', children: [{ text: '{{case.pronouns}}' }] }])).toMatch(
      /^Unknown placeholder \{\{case\.pronouns\}\}\. The placeholders a phrase can use are: \{\{case\.examineeName\}\}/,
    );
    expect(
      phrasePlaceholderProblem([{ type: 'paragraph', children: [{ text: '{{case.exam', bold: true }, { text: 'ineeName}}' }] }]),
    ).toContain('changes formatting part way through');
    expect(phrasePlaceholderProblem(lumbar.content)).toBeNull();
  });
});

describe('the selection as a phrase', () => {
  it('keeps the selected words with their formatting, and nothing for an empty selection', () => {
    const editor = editorFrom([p('Before. ', text('<anchor/>Lumbar: ', 'bold'), 'bends.<focus/> After.')]);
    expect(selectionAsDocument(editor)).toEqual([
      { type: 'paragraph', children: [{ text: 'Lumbar: ', bold: true }, { text: 'bends.' }] },
    ]);
    expect(selectionAsDocument(editorFrom([p('No<cursor/> selection')]))).toBeNull();
  });
});
