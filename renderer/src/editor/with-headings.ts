// Editor plugin for Enter in a heading, as in Word: at the end of a heading the new block is a normal paragraph
// (Word's "style for following paragraph"); elsewhere the heading splits into two headings.
import { Editor, Element as SlateElement, Range, Transforms } from 'slate';
import { HEADING_TYPES } from '../../../electron/common/document/doc-model';
import './slate-types';

const isHeadingType = (t: string) => (HEADING_TYPES as readonly string[]).includes(t);

export function withHeadings(editor: Editor): Editor {
  const { insertBreak } = editor;

  editor.insertBreak = () => {
    const isHeading = (n: unknown) => SlateElement.isElement(n) && isHeadingType(n.type);
    const { selection } = editor;
    // A selection is replaced first; what remains of the block where it starts decides, as for a caret there.
    if (!selection || !Editor.above(editor, { at: Range.start(selection), match: isHeading })) {
      insertBreak();
      return;
    }
    if (Range.isExpanded(selection)) Transforms.delete(editor);
    const caret = editor.selection?.anchor;
    const heading = caret && Editor.above(editor, { at: caret, match: isHeading });
    const atEnd = Boolean(caret && heading && Editor.isEnd(editor, caret, heading[1]));
    insertBreak();
    if (atEnd) Transforms.setNodes(editor, { type: 'paragraph' });
  };

  return editor;
}
