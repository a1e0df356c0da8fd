// Editor plugin for list structure: a list holds only list items, a stray list item becomes a paragraph,
// Tab/Shift+Tab nest and un-nest items, and Enter on an empty list item (after stepping out of its nesting), or
// Backspace at the start of a list's first item, leaves the list (as in Word).
import { Editor, Element as SlateElement, Node, Range, Transforms, type NodeEntry } from 'slate';
import { LIST_TYPES, MAX_LIST_INDENT, type ListItemElement } from '../../../electron/common/document/doc-model';
import './slate-types';

const isListType = (t: string) => (LIST_TYPES as readonly string[]).includes(t);
const isListItem = (n: unknown): n is ListItemElement => SlateElement.isElement(n) && n.type === 'list-item';

/** Whether the selection is in a list (where Tab nests instead of moving focus out of the editor). */
export function isInList(editor: Editor): boolean {
  return Boolean(editor.selection && Editor.above(editor, { match: isListItem }));
}

/**
 * Tab (+1) and Shift+Tab (−1) on the list items of the selection. An item nests at most one level below the item
 * above it (so the first item stays at the first level), and at most MAX_LIST_INDENT levels deep.
 */
export function indentListItems(editor: Editor, delta: 1 | -1): void {
  if (!editor.selection) return;
  const items = [...Editor.nodes(editor, { match: isListItem })];
  Editor.withoutNormalizing(editor, () => {
    for (const [item, path] of items) {
      const index = path[path.length - 1]!;
      const above = index > 0 ? Node.get(editor, [...path.slice(0, -1), index - 1]) : undefined;
      const ceiling = isListItem(above) ? Math.min((above.indent ?? 0) + 1, MAX_LIST_INDENT) : 0;
      const next = Math.max(0, Math.min((item.indent ?? 0) + delta, ceiling));
      if (next === (item.indent ?? 0)) continue;
      if (next === 0) Transforms.unsetNodes(editor, 'indent', { at: path });
      else Transforms.setNodes(editor, { indent: next }, { at: path });
    }
  });
}

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
    // Only a list item nests; a block that leaves a list drops its level.
    if (SlateElement.isElement(node) && node.type !== 'list-item' && 'indent' in node) {
      Transforms.unsetNodes(editor, 'indent', { at: path });
      return;
    }
    normalizeNode(entry);
  };

  editor.insertBreak = () => {
    const entry = Editor.above(editor, { match: isListItem });
    if (entry && Editor.isEmpty(editor, entry[0]) && (entry[0].indent ?? 0) > 0) {
      indentListItems(editor, -1);
      return;
    }
    if (entry && Editor.isEmpty(editor, entry[0])) {
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
