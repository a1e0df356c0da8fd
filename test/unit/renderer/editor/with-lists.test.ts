// List plugin fixtures: Enter and Backspace in list items, and the normaliser that keeps lists made of list items only.
// Tab/Shift+Tab (nesting levels) are in list-indent.test.ts.
import { Editor, type Descendant } from 'slate';
import { describe, it } from 'vitest';
import { backspace, editorFrom, expectEditor, h1, li, ol, p, text, ul } from './fixture';

interface Case {
  name: string;
  input: Descendant[];
  output: Descendant[];
}

const enterCases: Case[] = [
  {
    name: 'at the end of an item makes a new item',
    input: [ul(li('Neck pain<cursor/>'))],
    output: [ul(li('Neck pain'), li('<cursor/>'))],
  },
  {
    name: 'at the end of a numbered item makes a new numbered item',
    input: [ol(li('First<cursor/>'), li('Second'))],
    output: [ol(li('First'), li('<cursor/>'), li('Second'))],
  },
  {
    name: 'in the middle of an item splits it into two items',
    input: [ul(li('Neck<cursor/> pain'))],
    output: [ul(li('Neck'), li('<cursor/> pain'))],
  },
  {
    name: 'at the start of an item leaves an empty item above it',
    input: [ul(li('<cursor/>Neck pain'))],
    output: [ul(li(''), li('<cursor/>Neck pain'))],
  },
  {
    name: 'over a selection inside an item replaces it and splits the item',
    input: [ul(li('Ne<anchor/>ck p<focus/>ain'))],
    output: [ul(li('Ne'), li('<cursor/>ain'))],
  },
  {
    name: 'keeps the marks of the text at the split',
    input: [ul(li(text('Bold<cursor/>', 'bold')))],
    output: [ul(li(text('Bold', 'bold')), li(text('<cursor/>', 'bold')))],
  },
  {
    name: 'in an empty last item leaves the list as a paragraph',
    input: [ul(li('One'), li('<cursor/>'))],
    output: [ul(li('One')), p('<cursor/>')],
  },
  {
    name: 'in an empty last numbered item leaves the list, before the paragraph that follows',
    input: [p('Intro'), ol(li('One'), li('<cursor/>')), p('After')],
    output: [p('Intro'), ol(li('One')), p('<cursor/>'), p('After')],
  },
  {
    name: 'in an empty middle item splits the list around a paragraph',
    input: [ul(li('One'), li('<cursor/>'), li('Two'))],
    output: [ul(li('One')), p('<cursor/>'), ul(li('Two'))],
  },
  {
    name: 'in an empty first item turns it into a paragraph above the list',
    input: [ol(li('<cursor/>'), li('Two'))],
    output: [p('<cursor/>'), ol(li('Two'))],
  },
  {
    name: 'in the only, empty item replaces the list with a paragraph',
    input: [ul(li('<cursor/>'))],
    output: [p('<cursor/>')],
  },
];

const backspaceCases: Case[] = [
  {
    name: 'at the start of the first item of a list that opens the document turns the item into a paragraph',
    input: [ul(li('<cursor/>One'), li('Two'))],
    output: [p('<cursor/>One'), ul(li('Two'))],
  },
  {
    name: 'at the start of the first item after a paragraph turns the item into a paragraph',
    input: [p('Intro'), ol(li('<cursor/>One'), li('Two'))],
    output: [p('Intro'), p('<cursor/>One'), ol(li('Two'))],
  },
  {
    name: 'at the start of the only item replaces the list with a paragraph',
    input: [p('Intro'), ul(li('<cursor/>One')), p('After')],
    output: [p('Intro'), p('<cursor/>One'), p('After')],
  },
  {
    name: 'at the start of an empty first item turns it into an empty paragraph',
    input: [ul(li('<cursor/>'), li('Two'))],
    output: [p('<cursor/>'), ul(li('Two'))],
  },
  {
    name: 'at the start of a later item joins it to the item above',
    input: [ul(li('One'), li('<cursor/>Two'))],
    output: [ul(li('One<cursor/>Two'))],
  },
  {
    name: 'inside an item deletes one character',
    input: [ul(li('On<cursor/>e'))],
    output: [ul(li('O<cursor/>e'))],
  },
  {
    name: 'over a selection at the start of the first item deletes only the selection',
    input: [ul(li('<anchor/>On<focus/>e'), li('Two'))],
    output: [ul(li('<cursor/>e'), li('Two'))],
  },
  {
    name: 'at the start of a paragraph after a list joins it to the last item',
    input: [ul(li('One')), p('<cursor/>After')],
    output: [ul(li('One<cursor/>After'))],
  },
];

const normaliseCases: Case[] = [
  {
    name: 'a list item outside a list becomes a paragraph',
    input: [p('Intro'), li('Stray<cursor/>'), p('After')],
    output: [p('Intro'), p('Stray<cursor/>'), p('After')],
  },
  {
    name: 'a paragraph inside a bulleted list becomes a list item',
    input: [ul(li('One'), p('Two'))],
    output: [ul(li('One'), li('Two'))],
  },
  {
    name: 'a heading inside a numbered list becomes a list item',
    input: [ol(h1('Title'), li('One'))],
    output: [ol(li('Title'), li('One'))],
  },
  {
    name: 'several stray blocks in one list all become list items',
    input: [ul(p('One'), h1('Two'), li('Three'))],
    output: [ul(li('One'), li('Two'), li('Three'))],
  },
  {
    name: 'a valid document is left alone',
    input: [h1('Title'), p('Body'), ul(li('One')), ol(li('<anchor/>Two'), li('Three<focus/>'))],
    output: [h1('Title'), p('Body'), ul(li('One')), ol(li('<anchor/>Two'), li('Three<focus/>'))],
  },
];

describe('Enter in a list', () => {
  for (const { name, input, output } of enterCases) {
    it(name, () => {
      const editor = editorFrom(input);
      editor.insertBreak();
      expectEditor(editor, output);
    });
  }
});

describe('Backspace in a list', () => {
  for (const { name, input, output } of backspaceCases) {
    it(name, () => {
      const editor = editorFrom(input);
      backspace(editor);
      expectEditor(editor, output);
    });
  }
});

describe('list normalisation', () => {
  for (const { name, input, output } of normaliseCases) {
    it(name, () => {
      const editor = editorFrom(input);
      Editor.normalize(editor, { force: true });
      expectEditor(editor, output);
    });
  }
});
