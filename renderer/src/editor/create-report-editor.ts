// Composes the editor's plugins in a fixed order.
import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withHeadings } from './with-headings';
import { withLists } from './with-lists';
import './slate-types';

export function createReportEditor(): Editor {
  return withHeadings(withLists(withHistory(withReact(createEditor()))));
}
