// Enter in a heading, as in Word: at the end it starts a normal paragraph, in the middle it splits the heading in two.
// Users reported that after Ctrl+Alt+1 and Enter every following paragraph stayed a heading.
import type { Descendant, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { chord, editorFrom, expectEditor, h1, h2, h3, nextKeystroke, p, pressKey, text, ul, li } from './fixture';

interface Case {
  name: string;
  input: Descendant[];
  run: (editor: Editor) => void;
  output: Descendant[];
}

const enter = (editor: Editor) => editor.insertBreak();

const cases: Case[] = [
  {
    name: 'Enter at the end of a heading starts a normal paragraph',
    input: [h1('History<cursor/>')],
    run: enter,
    output: [h1('History'), p('<cursor/>')],
  },
  {
    name: 'Enter at the end of a level-two heading starts a normal paragraph',
    input: [h2('Diagnoses<cursor/>'), p('Lumbar strain.')],
    run: enter,
    output: [h2('Diagnoses'), p('<cursor/>'), p('Lumbar strain.')],
  },
  {
    name: 'Enter at the end of a level-three heading starts a normal paragraph',
    input: [p('Intro'), h3('Work status<cursor/>')],
    run: enter,
    output: [p('Intro'), h3('Work status'), p('<cursor/>')],
  },
  {
    name: 'text typed after Enter at the end of a heading is a normal paragraph',
    input: [h1('History<cursor/>')],
    run: (editor) => {
      editor.insertBreak();
      editor.insertText('The applicant');
      editor.insertBreak();
      editor.insertText('was seen');
    },
    output: [h1('History'), p('The applicant'), p('was seen<cursor/>')],
  },
  {
    name: 'Enter in the middle of a heading splits it into two headings',
    input: [h1('Medical<cursor/> history')],
    run: enter,
    output: [h1('Medical'), h1('<cursor/> history')],
  },
  {
    name: 'Enter at the start of a heading leaves an empty heading above it',
    input: [h2('<cursor/>Diagnoses')],
    run: enter,
    output: [h2(''), h2('<cursor/>Diagnoses')],
  },
  {
    name: 'Enter in an empty heading starts a normal paragraph after it',
    input: [h1('<cursor/>')],
    run: enter,
    output: [h1(''), p('<cursor/>')],
  },
  {
    name: 'Enter over a selection that reaches the end of a heading deletes it and starts a paragraph',
    input: [h1('Hist<anchor/>ory<focus/>')],
    run: enter,
    output: [h1('Hist'), p('<cursor/>')],
  },
  {
    name: 'Enter over a selection in the middle of a heading deletes it and splits the heading',
    input: [h1('Me<anchor/>dical hi<focus/>story')],
    run: enter,
    output: [h1('Me'), h1('<cursor/>story')],
  },
  {
    name: 'Enter over a selection from a heading into a paragraph joins them into the heading, then splits it',
    input: [h1('Ti<anchor/>tle'), p('bo<focus/>dy')],
    run: enter,
    output: [h1('Ti'), h1('<cursor/>dy')],
  },
  {
    name: 'direct formatting at the end of a heading carries into the new paragraph (only the block type resets)',
    input: [h1(text('History<cursor/>', 'bold'))],
    run: enter,
    output: [h1(text('History', 'bold')), p(text('<cursor/>', 'bold'))],
  },
  {
    name: 'Enter at the end of a paragraph still makes a paragraph',
    input: [p('Body<cursor/>')],
    run: enter,
    output: [p('Body'), p('<cursor/>')],
  },
  {
    name: 'Enter at the end of a list item still makes a list item',
    input: [ul(li('One<cursor/>'))],
    run: enter,
    output: [ul(li('One'), li('<cursor/>'))],
  },
];

describe('Enter in a heading', () => {
  it.each(cases)('$name', ({ input, run, output }) => {
    const editor = editorFrom(input);
    run(editor);
    expectEditor(editor, output);
  });
});

describe('the reported sequence, key by key', () => {
  it('Ctrl+Alt+1, type, Enter, type: the second paragraph is normal text', async () => {
    const editor = editorFrom([p('<cursor/>')]);
    expect(pressKey(editor, chord('Mod+Alt+1'))).toBe(true);
    editor.insertText('History');
    await nextKeystroke();
    editor.insertBreak();
    await nextKeystroke();
    editor.insertText('The applicant was seen.');
    expectEditor(editor, [h1('History'), p('The applicant was seen.<cursor/>')]);
  });

  it('one Ctrl+Z undoes the Enter after a heading as a whole', async () => {
    const editor = editorFrom([h1('History<cursor/>')]);
    editor.insertBreak();
    await nextKeystroke();
    expect(pressKey(editor, chord('Ctrl+Z'))).toBe(true);
    expectEditor(editor, [h1('History<cursor/>')]);
  });
});
