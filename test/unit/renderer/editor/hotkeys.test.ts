// The Word-like shortcuts, pressed as key events: formatting, block types, and undo/redo through slate-history.
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { BLOCK_SHORTCUTS, MARK_SHORTCUTS, matches } from '../../../../renderer/src/editor/hotkeys';
import {
  backspace,
  chord,
  editorFrom,
  expectEditor,
  h1,
  h2,
  h3,
  li,
  nextKeystroke,
  ol,
  p,
  pressKey,
  text,
  ul,
  type KeyPress,
} from './fixture';

interface KeyCase {
  name: string;
  keys: KeyPress[];
  input: Descendant[];
  output: Descendant[];
}

const keyCases: KeyCase[] = [
  {
    name: 'Ctrl+B makes the selection bold',
    keys: [chord('Mod+B')],
    input: [p('The <anchor/>applicant<focus/>')],
    output: [p('The ', text('<anchor/>applicant<focus/>', 'bold'))],
  },
  {
    name: 'Ctrl+I makes the selection italic',
    keys: [chord('Mod+I')],
    input: [p('<anchor/>Ibid.<focus/>')],
    output: [p(text('<anchor/>Ibid.<focus/>', 'italic'))],
  },
  {
    name: 'Ctrl+U underlines the selection',
    keys: [chord('Mod+U')],
    input: [p('<anchor/>Note<focus/>: see')],
    output: [p(text('<anchor/>Note<focus/>', 'underline'), ': see')],
  },
  {
    name: 'Ctrl+B twice leaves the text plain',
    keys: [chord('Mod+B'), chord('Mod+B')],
    input: [p('The <anchor/>applicant<focus/>')],
    output: [p('The <anchor/>applicant<focus/>')],
  },
  {
    name: 'Ctrl+B with Caps Lock on (key "B") still makes bold',
    keys: [{ ...chord('Mod+B'), key: 'B' }],
    input: [p('<anchor/>x<focus/>')],
    output: [p(text('<anchor/>x<focus/>', 'bold'))],
  },
  {
    name: 'Ctrl+Alt+1 makes a heading one',
    keys: [chord('Mod+Alt+1')],
    input: [p('Hist<cursor/>ory')],
    output: [h1('Hist<cursor/>ory')],
  },
  {
    name: 'Ctrl+Alt+2 makes a heading two',
    keys: [chord('Mod+Alt+2')],
    input: [p('Hist<cursor/>ory')],
    output: [h2('Hist<cursor/>ory')],
  },
  {
    name: 'Ctrl+Alt+3 makes a heading three',
    keys: [chord('Mod+Alt+3')],
    input: [p('Hist<cursor/>ory')],
    output: [h3('Hist<cursor/>ory')],
  },
  {
    name: 'Ctrl+Alt+1 is matched by the physical key when the layout types another symbol',
    keys: [{ ...chord('Mod+Alt+1'), key: '¡' }],
    input: [p('Hist<cursor/>ory')],
    output: [h1('Hist<cursor/>ory')],
  },
  {
    name: 'Ctrl+Alt+1 on a heading one makes it a paragraph again',
    keys: [chord('Mod+Alt+1')],
    input: [h1('Hist<cursor/>ory')],
    output: [p('Hist<cursor/>ory')],
  },
  {
    name: 'Ctrl+Alt+0 makes a heading a paragraph',
    keys: [chord('Mod+Alt+0')],
    input: [h2('Hist<cursor/>ory')],
    output: [p('Hist<cursor/>ory')],
  },
  {
    name: 'Ctrl+Alt+0 takes a list item out of its list',
    keys: [chord('Mod+Alt+0')],
    input: [ul(li('One'), li('Tw<cursor/>o'))],
    output: [ul(li('One')), p('Tw<cursor/>o')],
  },
  {
    name: 'Ctrl+Shift+8 makes a bulleted list',
    keys: [chord('Mod+Shift+8')],
    input: [p('<anchor/>One'), p('Two<focus/>')],
    output: [ul(li('<anchor/>One'), li('Two<focus/>'))],
  },
  {
    name: 'Ctrl+Shift+7 makes a numbered list',
    keys: [chord('Mod+Shift+7')],
    input: [p('<anchor/>One'), p('Two<focus/>')],
    output: [ol(li('<anchor/>One'), li('Two<focus/>'))],
  },
  {
    name: 'Ctrl+Shift+7 on a whole bulleted list makes it numbered',
    keys: [chord('Mod+Shift+7')],
    input: [ul(li('<anchor/>One'), li('Two<focus/>'))],
    output: [ol(li('<anchor/>One'), li('Two<focus/>'))],
  },
  {
    name: 'Ctrl+Shift+8 on a bulleted list turns its items into paragraphs',
    keys: [chord('Mod+Shift+8')],
    input: [ul(li('<anchor/>One'), li('Two<focus/>'))],
    output: [p('<anchor/>One'), p('Two<focus/>')],
  },
  {
    name: 'Ctrl+B then Ctrl+Alt+1 formats the text and the block',
    keys: [chord('Mod+B'), chord('Mod+Alt+1')],
    input: [p('<anchor/>History<focus/>')],
    output: [h1(text('<anchor/>History<focus/>', 'bold'))],
  },
];

const unboundCases: { name: string; key: KeyPress }[] = [
  { name: 'Ctrl+1 (no Alt)', key: chord('Mod+1') },
  { name: 'Alt+1 (no Ctrl)', key: chord('Alt+1') },
  { name: 'Ctrl+Alt+4', key: chord('Mod+Alt+4') },
  { name: 'Ctrl+Shift+1', key: chord('Mod+Shift+1') },
  { name: 'Ctrl+8 (no Shift)', key: chord('Mod+8') },
  { name: 'Ctrl+Alt+B', key: chord('Mod+Alt+B') },
  { name: 'Ctrl+Shift+B', key: chord('Mod+Shift+B') },
  { name: "Ctrl+Shift+L (Word's List Bullet; this editor uses Ctrl+Shift+8)", key: chord('Mod+Shift+L') },
  { name: 'B alone', key: { ...chord('Mod+B'), ctrlKey: false, metaKey: false } },
];

describe('formatting shortcuts', () => {
  for (const { name, keys, input, output } of keyCases) {
    it(name, () => {
      const editor = editorFrom(input);
      for (const key of keys) expect(pressKey(editor, key)).toBe(true);
      expectEditor(editor, output);
    });
  }

  for (const { name, key } of unboundCases) {
    it(`${name} does nothing`, () => {
      const input = [p('<anchor/>One'), h1('Two<focus/>')];
      const editor = editorFrom(input);
      expect(pressKey(editor, key)).toBe(false);
      expectEditor(editor, input);
    });
  }

  const shortcuts = [...MARK_SHORTCUTS, ...BLOCK_SHORTCUTS];
  for (const shortcut of shortcuts) {
    it(`the tooltip label ${shortcut.label} triggers ${shortcut.action} and nothing else`, () => {
      const key = chord(shortcut.label.replace('⌘', 'Meta'));
      expect(shortcuts.filter((s) => matches<string>(s, key))).toEqual([shortcut]);
    });
  }
});

describe('undo and redo (slate-react maps the keys, slate-history keeps the steps)', () => {
  it('Ctrl+Z undoes Ctrl+B and restores the selection, Ctrl+Y redoes it', async () => {
    const editor = editorFrom([p('The <anchor/>applicant<focus/>')]);
    pressKey(editor, chord('Mod+B'));
    await nextKeystroke();
    expect(pressKey(editor, chord('Ctrl+Z'))).toBe(true);
    expectEditor(editor, [p('The <anchor/>applicant<focus/>')]);
    await nextKeystroke();
    expect(pressKey(editor, chord('Ctrl+Y'))).toBe(true);
    expectEditor(editor, [p('The ', text('<anchor/>applicant<focus/>', 'bold'))]);
  });

  it('Ctrl+Shift+Z redoes too', async () => {
    const editor = editorFrom([p('Hist<cursor/>ory')]);
    pressKey(editor, chord('Mod+Alt+2'));
    await nextKeystroke();
    pressKey(editor, chord('Ctrl+Z'));
    await nextKeystroke();
    expect(pressKey(editor, chord('Ctrl+Shift+Z'))).toBe(true);
    expectEditor(editor, [h2('Hist<cursor/>ory')]);
  });

  it('each shortcut is its own undo step, after the typing before it', async () => {
    const editor = editorFrom([p('<cursor/>')]);
    editor.insertText('History');
    await nextKeystroke();
    pressKey(editor, chord('Mod+Alt+1'));
    await nextKeystroke();
    pressKey(editor, chord('Ctrl+Z'));
    expectEditor(editor, [p('History<cursor/>')]);
    await nextKeystroke();
    pressKey(editor, chord('Ctrl+Z'));
    expectEditor(editor, [p('<cursor/>')]);
  });

  it('Ctrl+Z after a list shortcut puts the paragraphs back', async () => {
    const input = [p('<anchor/>One'), p('Two<focus/>')];
    const editor = editorFrom(input);
    pressKey(editor, chord('Mod+Shift+7'));
    await nextKeystroke();
    pressKey(editor, chord('Ctrl+Z'));
    expectEditor(editor, input);
  });

  it('Ctrl+Z after Enter in an empty item puts the item back in the list', async () => {
    const input = [ul(li('One'), li('<cursor/>'))];
    const editor = editorFrom(input);
    editor.insertBreak();
    await nextKeystroke();
    pressKey(editor, chord('Ctrl+Z'));
    expectEditor(editor, input);
  });

  it('Ctrl+Z after Backspace at the start of a first item puts the item back in the list', async () => {
    const input = [ul(li('<cursor/>One'), li('Two'))];
    const editor = editorFrom(input);
    backspace(editor);
    await nextKeystroke();
    pressKey(editor, chord('Ctrl+Z'));
    expectEditor(editor, input);
  });

  it('Ctrl+Z with nothing to undo leaves the document alone', () => {
    const input = [p('Hist<cursor/>ory')];
    const editor = editorFrom(input);
    expect(pressKey(editor, chord('Ctrl+Z'))).toBe(true);
    expectEditor(editor, input);
  });
});
