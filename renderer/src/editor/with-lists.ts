// Editor plugin for list structure: a list holds only list items, a stray list item becomes a paragraph,
// and Enter on an empty list item, or Backspace at the start of a list's first item, leaves the list (as in Word).
import { Editor, Element as SlateElement, Node, Range, Transforms, type NodeEntry } from 'slate';
import { LIST_TYPES } from '../../../electron/common/document/doc-model';
import './slate-types';

const isListType = (t: string) => (LIST_TYPES as readonly string[]).includes(t);

export function withLists(editor: Editor): Editor {
  const { normalizeNode, insertBreak, deleteBackward } = editor;

  editor.normalizeNode = (entry: NodeEntry) => {
    const [node, path] = entry;
    if (SlateElement.isElement(node) && isListType(node.type)) {
      for (const [child, childPath] of Node.children(editor, path)) {
        if (SlateElement.isElement(child) && child.type !== 'list-item') {
          Transforms.setNodes(editor, { type: 'list-item' }, { at: childPath });
          return;
        }
      }
    }
    if (SlateElement.isElement(node) && node.type === 'list-item' && path.length === 1) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      return;
    }
    normalizeNode(entry);
  };

  editor.insertBreak = () => {
    const entry = Editor.above(editor, { match: (n) => SlateElement.isElement(n) && n.type === 'list-item' });
    if (entry && Editor.isEmpty(editor, entry[0] as SlateElement)) {
      Transforms.unwrapNodes(editor, { match: (n) => SlateElement.isElement(n) && isListType(n.type), split: true });
      Transforms.setNodes(editor, { type: 'paragraph' });
      return;
    }
    insertBreak();
  };

  // Backspace at the start of a first item: Slate alone did nothing when the list opens the document, and otherwise
  // merged the item's text into the paragraph above. Later items keep Slate's default: they join the item above.
  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    const entry = Editor.above(editor, { match: (n) => SlateElement.isElement(n) && n.type === 'list-item' });
    const isFirstItem = entry !== undefined && entry[1][entry[1].length - 1] === 0;
    if (selection && Range.isCollapsed(selection) && isFirstItem && Editor.isStart(editor, selection.anchor, entry[1])) {
      Transforms.unwrapNodes(editor, { match: (n) => SlateElement.isElement(n) && isListType(n.type), split: true });
      Transforms.setNodes(editor, { type: 'paragraph' });
      return;
    }
    deleteBackward(unit);
  };

  return editor;
}
