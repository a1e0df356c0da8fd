// Editing commands shared by the toolbar and the keyboard shortcuts (Slate's rich-text example, typed to our model).
import { Editor, Element as SlateElement, Transforms } from 'slate';
import { LIST_TYPES, type HeadingType, type ListType, type Mark } from '../../../electron/common/document/doc-model';
import './slate-types';

export type BlockFormat = 'paragraph' | HeadingType | ListType;

const isList = (format: string): format is ListType => (LIST_TYPES as readonly string[]).includes(format);

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

export function isBlockActive(editor: Editor, format: BlockFormat): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const [match] = Editor.nodes(editor, {
    at: Editor.unhangRange(editor, selection),
    match: (n) => !Editor.isEditor(n) && SlateElement.isElement(n) && n.type === format,
  });
  return Boolean(match);
}

export function toggleBlock(editor: Editor, format: BlockFormat): void {
  const active = isBlockActive(editor, format);
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, {
      match: (n) => !Editor.isEditor(n) && SlateElement.isElement(n) && isList(n.type),
      split: true,
    });
    const type = active ? 'paragraph' : isList(format) ? 'list-item' : format;
    Transforms.setNodes(editor, { type });
    if (!active && isList(format)) Transforms.wrapNodes(editor, { type: format, children: [] });
  });
}
