// The paste plugin in the report editor: where converted HTML and plain text land relative to the selection, and that
// "paste as plain text" ignores the HTML. Clipboard data is a minimal DataTransfer; jsdom provides DOMParser.
// @vitest-environment jsdom
import type { Descendant } from 'slate';
import { describe, it } from 'vitest';
import { insertPlainText } from '../../../../../renderer/src/editor/paste/with-html-paste';
import { editorFrom, expectEditor, h1, li, p, text, ul } from '../fixture';

function clipboard(data: Record<string, string>): DataTransfer {
  return { types: Object.keys(data), getData: (type: string) => data[type] ?? '' } as unknown as DataTransfer;
}

interface Case {
  name: string;
  input: Descendant[];
  data: Record<string, string>;
  output: Descendant[];
}

const cases: Case[] = [
  {
    name: 'HTML into an empty paragraph replaces it with the pasted blocks',
    input: [p('<cursor/>')],
    data: { 'text/html': '<h1>Diagnoses</h1><ul><li>Cervical <b>strain</b></li><li>Lumbar strain</li></ul>' },
    output: [h1('Diagnoses'), ul(li('Cervical ', text('strain', 'bold')), li('Lumbar strain<cursor/>'))],
  },
  {
    name: 'one pasted paragraph joins the text at the caret, keeping its marks',
    input: [p('Pain is <cursor/>today.')],
    data: { 'text/html': '<p><i>moderate</i> </p>', 'text/plain': 'moderate ' },
    output: [p('Pain is ', text('moderate<cursor/>', 'italic'), 'today.')],
  },
  {
    name: 'a pasted list inside a list item becomes items of that list',
    input: [ul(li('First'), li('<cursor/>'))],
    data: { 'text/html': '<p>Second</p><ol><li>Third</li></ol>' },
    output: [ul(li('First'), li('Second'), li('Third<cursor/>'))],
  },
  {
    name: 'plain text splits into paragraphs, without empty ones',
    input: [p('<cursor/>')],
    data: { 'text/plain': 'Line one\n\n\nLine two' },
    output: [p('Line one'), p('Line two<cursor/>')],
  },
];

describe('paste into the report editor', () => {
  it.each(cases)('$name', ({ input, data, output }) => {
    const editor = editorFrom(input);
    editor.insertData(clipboard(data));
    expectEditor(editor, output);
  });

  it('the editor’s own copy keeps its structure (Slate fragment), even with HTML beside it', () => {
    const editor = editorFrom([p('<cursor/>')]);
    const fragment = btoa(encodeURIComponent(JSON.stringify([h1('Copied heading')])));
    editor.insertData(clipboard({ 'application/x-slate-fragment': fragment, 'text/html': '<p>Copied heading</p>' }));
    expectEditor(editor, [h1('Copied heading<cursor/>')]);
  });

  it('paste as plain text ignores the HTML and its formatting', () => {
    const editor = editorFrom([p('<cursor/>')]);
    insertPlainText(editor, clipboard({ 'text/html': '<h1><b>Bold heading</b></h1>', 'text/plain': 'Bold heading\nNext line' }));
    expectEditor(editor, [p('Bold heading'), p('Next line<cursor/>')]);
  });
});
