// Composes the editor's plugins in a fixed order.
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withHeadings } from './with-headings';
import { withLists } from './with-lists';
import { withHtmlPaste } from './paste/with-html-paste';
import './slate-types';

export function createReportEditor(): Editor {
  const editor = withHtmlPaste(withHeadings(withLists(withHistory(withReact(createEditor())))));
  // slate-react's chunking: the top-level blocks render as memoised groups, so a keystroke in a 50-page section
  // re-renders one group instead of comparing all 400 blocks (no change to the DOM; `npm run bench:editor`).
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}

const CHUNK_SIZE = 20;
