// Fixtures for the editing commands shared by the toolbar and the shortcuts: toggleBlock, toggleMark, isMarkActive.
import type { Descendant, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../../electron/common/document/doc-model';
import { isBlockActive, isMarkActive, toggleBlock, toggleMark, type BlockFormat } from '../../../../renderer/src/editor/commands';
import { editorFrom, expectEditor, h1, h2, h3, li, ol, p, text, ul } from './fixture';

interface BlockCase {
  name: string;
  input: Descendant[];
  format: BlockFormat;
  output: Descendant[];
}

const collapsedBlockCases: BlockCase[] = [
  {
    name: 'heading one on a paragraph',
    input: [p('Hist<cursor/>ory'), p('Body')],
    format: 'heading-one',
    output: [h1('Hist<cursor/>ory'), p('Body')],
  },
  {
    name: 'heading two on a paragraph',
    input: [p('Diag<cursor/>noses')],
    format: 'heading-two',
    output: [h2('Diag<cursor/>noses')],
  },
  {
    name: 'heading three on a paragraph',
    input: [p('<cursor/>Work status')],
    format: 'heading-three',
    output: [h3('<cursor/>Work status')],
  },
  {
    name: 'heading one again on a heading one turns it back into a paragraph',
    input: [h1('Hist<cursor/>ory')],
    format: 'heading-one',
    output: [p('Hist<cursor/>ory')],
  },
  {
    name: 'heading two on a heading one changes the level',
    input: [h1('Hist<cursor/>ory')],
    format: 'heading-two',
    output: [h2('Hist<cursor/>ory')],
  },
  {
    name: 'paragraph on a heading three',
    input: [h3('Work<cursor/> status')],
    format: 'paragraph',
    output: [p('Work<cursor/> status')],
  },
  {
    name: 'paragraph on a paragraph leaves it alone',
    input: [p('Bo<cursor/>dy')],
    format: 'paragraph',
    output: [p('Bo<cursor/>dy')],
  },
  {
    name: 'bulleted list on a paragraph wraps it in a one-item list',
    input: [p('Intro'), p('Neck<cursor/> pain'), p('After')],
    format: 'bulleted-list',
    output: [p('Intro'), ul(li('Neck<cursor/> pain')), p('After')],
  },
  {
    name: 'numbered list on a heading makes it a numbered item',
    input: [h2('<cursor/>First')],
    format: 'numbered-list',
    output: [ol(li('<cursor/>First'))],
  },
  {
    name: 'bulleted list again on a one-item list turns it back into a paragraph',
    input: [ul(li('Neck<cursor/> pain'))],
    format: 'bulleted-list',
    output: [p('Neck<cursor/> pain')],
  },
  {
    name: 'numbered list again on a middle item takes that item out and splits the list',
    input: [ol(li('One'), li('Tw<cursor/>o'), li('Three'))],
    format: 'numbered-list',
    output: [ol(li('One')), p('Tw<cursor/>o'), ol(li('Three'))],
  },
  {
    name: 'numbered list on a bulleted one-item list switches the list type',
    input: [ul(li('Neck<cursor/> pain'))],
    format: 'numbered-list',
    output: [ol(li('Neck<cursor/> pain'))],
  },
  {
    name: 'bulleted list on a numbered one-item list switches the list type',
    input: [ol(li('<cursor/>First'))],
    format: 'bulleted-list',
    output: [ul(li('<cursor/>First'))],
  },
  {
    name: 'numbered list with the caret in one item of a bulleted list switches only that item',
    input: [ul(li('One'), li('Tw<cursor/>o'), li('Three'))],
    format: 'numbered-list',
    output: [ul(li('One')), ol(li('Tw<cursor/>o')), ul(li('Three'))],
  },
  {
    name: 'heading one on a list item takes it out of the list',
    input: [ul(li('One'), li('<cursor/>Two'), li('Three'))],
    format: 'heading-one',
    output: [ul(li('One')), h1('<cursor/>Two'), ul(li('Three'))],
  },
  {
    name: 'paragraph on the last list item takes it out of the list',
    input: [ol(li('One'), li('Two<cursor/>'))],
    format: 'paragraph',
    output: [ol(li('One')), p('Two<cursor/>')],
  },
];

const expandedBlockCases: BlockCase[] = [
  {
    name: 'heading two across two paragraphs',
    input: [p('O<anchor/>ne'), p('Tw<focus/>o'), p('Three')],
    format: 'heading-two',
    output: [h2('O<anchor/>ne'), h2('Tw<focus/>o'), p('Three')],
  },
  {
    name: 'heading one across a backward selection',
    input: [p('O<focus/>ne'), p('Tw<anchor/>o')],
    format: 'heading-one',
    output: [h1('O<focus/>ne'), h1('Tw<anchor/>o')],
  },
  {
    name: 'heading one across two headings one turns both back into paragraphs',
    input: [h1('<anchor/>One'), h1('Two<focus/>')],
    format: 'heading-one',
    output: [p('<anchor/>One'), p('Two<focus/>')],
  },
  {
    // As in Slate's rich-text example: one heading in the selection makes the button active, so it turns all off.
    name: 'heading one across a paragraph and a heading one turns both into paragraphs',
    input: [p('O<anchor/>ne'), h1('Tw<focus/>o')],
    format: 'heading-one',
    output: [p('O<anchor/>ne'), p('Tw<focus/>o')],
  },
  {
    name: 'bulleted list across three blocks makes one list of three items',
    input: [p('<anchor/>One'), h2('Two'), p('Three<focus/>')],
    format: 'bulleted-list',
    output: [ul(li('<anchor/>One'), li('Two'), li('Three<focus/>'))],
  },
  {
    name: 'bulleted list again across a whole list turns every item into a paragraph',
    input: [ul(li('O<anchor/>ne'), li('Two'), li('Thr<focus/>ee'))],
    format: 'bulleted-list',
    output: [p('O<anchor/>ne'), p('Two'), p('Thr<focus/>ee')],
  },
  {
    name: 'numbered list across a whole bulleted list switches its type',
    input: [ul(li('O<anchor/>ne'), li('Two'), li('Thr<focus/>ee'))],
    format: 'numbered-list',
    output: [ol(li('O<anchor/>ne'), li('Two'), li('Thr<focus/>ee'))],
  },
  {
    name: 'numbered list from a paragraph into a numbered list makes them all paragraphs (the list was active)',
    input: [p('In<anchor/>tro'), ol(li('One'), li('Tw<focus/>o'))],
    format: 'numbered-list',
    output: [p('In<anchor/>tro'), p('One'), p('Tw<focus/>o')],
  },
  {
    name: 'numbered list across a paragraph and a bulleted item joins them into one numbered list',
    input: [p('In<anchor/>tro'), ul(li('On<focus/>e'), li('Two'))],
    format: 'numbered-list',
    output: [ol(li('In<anchor/>tro'), li('On<focus/>e')), ul(li('Two'))],
  },
  {
    name: 'heading one across two list items takes both out of the list',
    input: [ul(li('One'), li('T<anchor/>wo'), li('Thr<focus/>ee'), li('Four'))],
    format: 'heading-one',
    output: [ul(li('One')), h1('T<anchor/>wo'), h1('Thr<focus/>ee'), ul(li('Four'))],
  },
  {
    name: 'a selection that hangs into the next block (triple click) changes only the selected block',
    input: [p('<anchor/>One'), p('<focus/>Two')],
    format: 'heading-one',
    output: [h1('<anchor/>One'), p('<focus/>Two')],
  },
  {
    name: 'a selection that hangs into a list leaves the list alone',
    input: [p('<anchor/>One'), ul(li('<focus/>Two'), li('Three'))],
    format: 'numbered-list',
    output: [ol(li('<anchor/>One')), ul(li('<focus/>Two'), li('Three'))],
  },
];

interface MarkCase {
  name: string;
  input: Descendant[];
  run: (editor: Editor) => void;
  output: Descendant[];
}

const markCases: MarkCase[] = [
  {
    name: 'bold on a selection inside plain text',
    input: [p('The <anchor/>applicant<focus/> was seen')],
    run: (e) => toggleMark(e, 'bold'),
    output: [p('The ', text('<anchor/>applicant<focus/>', 'bold'), ' was seen')],
  },
  {
    name: 'italic on a backward selection',
    input: [p('The <focus/>applicant<anchor/> was seen')],
    run: (e) => toggleMark(e, 'italic'),
    output: [p('The ', text('<focus/>applicant<anchor/>', 'italic'), ' was seen')],
  },
  {
    name: 'underline across two paragraphs',
    input: [p('One <anchor/>two'), p('three<focus/> four')],
    run: (e) => toggleMark(e, 'underline'),
    output: [p('One ', text('<anchor/>two', 'underline')), p(text('three<focus/>', 'underline'), ' four')],
  },
  {
    name: 'bold again on bold text removes it and the runs merge back',
    input: [p('The ', text('<anchor/>applicant<focus/>', 'bold'), ' was seen')],
    run: (e) => toggleMark(e, 'bold'),
    output: [p('The <anchor/>applicant<focus/> was seen')],
  },
  {
    name: 'bold over plain then bold text (starting plain) makes all of it bold',
    input: [p('Th<anchor/>e ', text('appli<focus/>cant', 'bold'))],
    run: (e) => toggleMark(e, 'bold'),
    output: [p('Th', text('<anchor/>e appli<focus/>cant', 'bold'))],
  },
  {
    // The first selected character decides, as in Slate's rich-text example.
    name: 'bold over bold then plain text (starting bold) removes bold from all of it',
    input: [p(text('appli<anchor/>cant', 'bold'), ' was<focus/> seen')],
    run: (e) => toggleMark(e, 'bold'),
    output: [p(text('appli', 'bold'), '<anchor/>cant was<focus/> seen')],
  },
  {
    name: 'italic on bold text keeps the bold',
    input: [p(text('<anchor/>applicant<focus/>', 'bold'))],
    run: (e) => toggleMark(e, 'italic'),
    output: [p(text('<anchor/>applicant<focus/>', 'bold', 'italic'))],
  },
  {
    name: 'bold on a selection inside a list item and a heading',
    input: [h2('Diag<anchor/>noses'), ul(li('Lum<focus/>bar'))],
    run: (e) => toggleMark(e, 'bold'),
    output: [h2('Diag', text('<anchor/>noses', 'bold')), ul(li(text('Lum<focus/>', 'bold'), 'bar'))],
  },
  {
    name: 'bold at a caret changes nothing until text is typed',
    input: [p('The <cursor/>applicant')],
    run: (e) => toggleMark(e, 'bold'),
    output: [p('The <cursor/>applicant')],
  },
  {
    name: 'bold at a caret, then typing, types bold text',
    input: [p('The <cursor/>applicant')],
    run: (e) => {
      toggleMark(e, 'bold');
      e.insertText('injured ');
    },
    output: [p('The ', text('injured <cursor/>', 'bold'), 'applicant')],
  },
  {
    name: 'bold and italic at a caret, then typing, types bold italic text',
    input: [p('<cursor/>')],
    run: (e) => {
      toggleMark(e, 'bold');
      toggleMark(e, 'italic');
      e.insertText('Note');
    },
    output: [p(text('Note<cursor/>', 'bold', 'italic'))],
  },
  {
    name: 'bold twice at a caret, then typing, types plain text',
    input: [p('The <cursor/>applicant')],
    run: (e) => {
      toggleMark(e, 'bold');
      toggleMark(e, 'bold');
      e.insertText('injured ');
    },
    output: [p('The injured <cursor/>applicant')],
  },
  {
    name: 'bold off at a caret inside bold text, then typing, types plain text there',
    input: [p(text('The app<cursor/>licant', 'bold'))],
    run: (e) => {
      toggleMark(e, 'bold');
      e.insertText('x');
    },
    output: [p(text('The app', 'bold'), 'x<cursor/>', text('licant', 'bold'))],
  },
];

interface ActiveCase {
  name: string;
  input: Descendant[];
  active: Mark[];
}

const activeCases: ActiveCase[] = [
  { name: 'caret in plain text', input: [p('Pl<cursor/>ain')], active: [] },
  { name: 'caret inside bold text', input: [p(text('Bo<cursor/>ld', 'bold'))], active: ['bold'] },
  {
    name: 'caret inside bold italic text',
    input: [p(text('Bo<cursor/>th', 'bold', 'italic'))],
    active: ['bold', 'italic'],
  },
  {
    name: 'caret at the start of bold text after plain text (typing would be plain)',
    input: [p('Plain ', text('<cursor/>bold', 'bold'))],
    active: [],
  },
  {
    name: 'caret at the end of bold text before plain text (typing would be bold)',
    input: [p(text('bold<cursor/>', 'bold'), ' plain')],
    active: ['bold'],
  },
  {
    name: 'selection starting in underlined text',
    input: [p(text('u<anchor/>n', 'underline'), 'pl<focus/>ain')],
    active: ['underline'],
  },
  { name: 'selection starting in plain text', input: [p('pl<anchor/>ain', text('b<focus/>old', 'bold'))], active: [] },
  { name: 'no selection', input: [p(text('Bold', 'bold'))], active: [] },
];

describe('toggleBlock at a caret', () => {
  for (const { name, input, format, output } of collapsedBlockCases) {
    it(name, () => {
      const editor = editorFrom(input);
      toggleBlock(editor, format);
      expectEditor(editor, output);
    });
  }
});

describe('toggleBlock over a selection', () => {
  for (const { name, input, format, output } of expandedBlockCases) {
    it(name, () => {
      const editor = editorFrom(input);
      toggleBlock(editor, format);
      expectEditor(editor, output);
    });
  }
});

describe('toggleBlock twice', () => {
  const formats: BlockFormat[] = ['heading-one', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'];
  for (const format of formats) {
    it(`${format} on and off again restores the paragraphs and the selection`, () => {
      const input = [p('Intro'), p('O<anchor/>ne'), p('Tw<focus/>o'), p('After')];
      const editor = editorFrom(input);
      toggleBlock(editor, format);
      expect(isBlockActive(editor, format)).toBe(true);
      toggleBlock(editor, format);
      expect(isBlockActive(editor, format)).toBe(false);
      expectEditor(editor, input);
    });
  }
});

describe('toggleMark', () => {
  for (const { name, input, run, output } of markCases) {
    it(name, () => {
      const editor = editorFrom(input);
      run(editor);
      expectEditor(editor, output);
    });
  }
});

describe('isMarkActive', () => {
  for (const { name, input, active } of activeCases) {
    it(name, () => {
      const editor = editorFrom(input);
      const marks: Mark[] = ['bold', 'italic', 'underline'];
      expect(marks.filter((m) => isMarkActive(editor, m))).toEqual(active);
    });
  }

  it('follows a mark toggled at a caret before anything is typed', () => {
    const editor = editorFrom([p('Pl<cursor/>ain')]);
    toggleMark(editor, 'underline');
    expect(isMarkActive(editor, 'underline')).toBe(true);
    toggleMark(editor, 'underline');
    expect(isMarkActive(editor, 'underline')).toBe(false);
  });
});
