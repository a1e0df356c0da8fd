// Editor plugin for paste and drop: the editor's own fragments as Slate copied them, clipboard HTML converted to the
// document model (html-to-slate.ts), plain text as one paragraph per line; and "paste as plain text" (Ctrl+Shift+V).
import { Editor, Element as SlateElement, Transforms, type Descendant } from 'slate';
import type { BlockElement, ListElement, RichDocument } from '../../../../electron/common/document/doc-model';
import { htmlToDocument, plainTextToDocument } from './html-to-slate';
import '../slate-types';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

const isList = (block: BlockElement): block is ListElement => block.type === 'bulleted-list' || block.type === 'numbered-list';

/** Inside a list item, pasted blocks become items of that list rather than lists or paragraphs nested in it. */
function asListItems(doc: RichDocument): Descendant[] {
  return doc.flatMap((block: BlockElement): Descendant[] => {
    if (isList(block)) return block.children;
    return [{ type: 'list-item', children: block.children }];
  });
}

/** Inserts converted blocks where the selection is, as Slate's paste-html example does. */
function insertDocument(editor: Editor, doc: RichDocument): void {
  if (doc.length === 0 || !editor.selection) return;
  const inListItem = Editor.above(editor, { match: (n) => SlateElement.isElement(n) && n.type === 'list-item' });
  const fragment = inListItem ? asListItems(doc) : (doc as Descendant[]);
  Transforms.insertFragment(editor, fragment);
}

/** Pastes the clipboard's plain text only, whatever else it holds. */
export function insertPlainText(editor: Editor, data: DataTransfer): boolean {
  const text = data.getData('text/plain');
  if (!text) return false;
  const doc = plainTextToDocument(text);
  if (doc.length === 1) editor.insertText(text.replace(/[\r\n]+/g, ' ').trim());
  else insertDocument(editor, doc);
  return true;
}

export function withHtmlPaste(editor: Editor): Editor {
  const { insertData } = editor;

  editor.insertData = (data: DataTransfer) => {
    // The editor's own copy keeps its exact structure; slate-dom reads it.
    if (data.types.includes(SLATE_FRAGMENT)) {
      insertData(data);
      return;
    }
    const html = data.getData('text/html');
    if (html) {
      const doc = htmlToDocument(html);
      if (doc.length > 0) {
        insertDocument(editor, doc);
        return;
      }
    }
    if (!insertPlainText(editor, data)) insertData(data);
  };

  return editor;
}
