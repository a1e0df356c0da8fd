// Slate's CustomTypes, declared once for the renderer program, from the shared document model.
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { DocElement, FormattedText } from '../../../electron/common/document/doc-model';

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: DocElement;
    Text: FormattedText;
  }
}
export {};
