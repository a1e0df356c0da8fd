// Tab and Shift+Tab in a list nest and un-nest its items (Word's list levels), and Enter on an empty nested item
// steps out one level before it leaves the list. Outside a list Tab is not the editor's: it moves the focus on.
import type { Descendant, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { RichDocumentSchema, type DocElement } from '../../../../electron/common/document/doc-model';
import { indentListItems, isInList } from '../../../../renderer/src/editor/with-lists';
import { editorFrom, expectEditor, h1, li, ol, p, ul } from './fixture';

/** A list item nested `level` levels below the first. */
const nested = (level: number, content: string): DocElement => ({ ...li(content), indent: level }) as DocElement;

const tab = (editor: Editor) => indentListItems(editor, 1);
const shiftTab = (editor: Editor) => indentListItems(editor, -1);
const enter = (editor: Editor) => editor.insertBreak();

interface Case {
  name: string;
  input: Descendant[];
  run: (editor: Editor) => void;
  output: Descendant[];
}

const cases: Case[] = [
  {
    name: 'Tab nests an item one level below the item above',
    input: [ul(li('Neck pain'), li('Radiates<cursor/>'))],
    run: tab,
    output: [ul(li('Neck pain'), nested(1, 'Radiates<cursor/>'))],
  },
  {
    name: 'Tab again cannot nest deeper than one level below the item above',
    input: [ul(li('Neck pain'), nested(1, 'Radiates<cursor/>'))],
    run: tab,
    output: [ul(li('Neck pain'), nested(1, 'Radiates<cursor/>'))],
  },
  {
    name: 'Tab on the first item changes nothing (there is no item to nest under)',
    input: [ol(li('<cursor/>First'), li('Second'))],
    run: tab,
    output: [ol(li('<cursor/>First'), li('Second'))],
  },
  {
    name: 'Tab over several items nests each of them',
    input: [ul(li('A'), li('B<anchor/>'), li('C<focus/>'))],
    run: tab,
    output: [ul(li('A'), nested(1, 'B<anchor/>'), nested(1, 'C<focus/>'))],
  },
  {
    name: 'Shift+Tab un-nests an item one level',
    input: [ul(li('A'), nested(1, 'B'), nested(2, 'C<cursor/>'))],
    run: shiftTab,
    output: [ul(li('A'), nested(1, 'B'), nested(1, 'C<cursor/>'))],
  },
  {
    name: 'Shift+Tab at the first level keeps the item in the list',
    input: [ul(li('A<cursor/>'))],
    run: shiftTab,
    output: [ul(li('A<cursor/>'))],
  },
  {
    name: 'Enter at the end of a nested item makes a new item at the same level',
    input: [ul(li('A'), nested(1, 'B<cursor/>'))],
    run: enter,
    output: [ul(li('A'), nested(1, 'B'), nested(1, '<cursor/>'))],
  },
  {
    name: 'Enter on an empty nested item steps out one level',
    input: [ul(li('A'), nested(1, 'B'), nested(1, '<cursor/>'))],
    run: enter,
    output: [ul(li('A'), nested(1, 'B'), li('<cursor/>'))],
  },
  {
    name: 'Enter on an empty first-level item ends the list',
    input: [ul(li('A'), li('<cursor/>'))],
    run: enter,
    output: [ul(li('A')), p('<cursor/>')],
  },
  {
    name: 'a nested item that leaves the list with Enter is a plain paragraph, without a level',
    input: [ul(nested(1, '<cursor/>'))],
    run: (editor) => {
      enter(editor);
      enter(editor);
    },
    output: [p('<cursor/>')],
  },
];

describe('Tab and Shift+Tab in a list', () => {
  it.each(cases)('$name', ({ input, run, output }) => {
    const editor = editorFrom(input);
    run(editor);
    expectEditor(editor, output);
  });

  it('Tab belongs to the editor only in a list', () => {
    expect(isInList(editorFrom([ul(li('A<cursor/>'))]))).toBe(true);
    expect(isInList(editorFrom([p('Body<cursor/>')]))).toBe(false);
    expect(isInList(editorFrom([h1('History<cursor/>')]))).toBe(false);
  });

  it('a saved document keeps the level, and refuses one deeper than Word can number', () => {
    expect(RichDocumentSchema.safeParse([ul(li('A'), nested(1, 'B'))]).success).toBe(true);
    expect(RichDocumentSchema.safeParse([ul(li('A'), nested(9, 'B'))]).success).toBe(false);
  });
});
