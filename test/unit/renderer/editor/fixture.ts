// Slate-style fixtures for the report editor: documents whose text carries <cursor/>, <anchor/> and <focus/> markers
// (the markers of Slate's own JSX fixtures, without slate-hyperscript), an editor built from them, and the editor's
// state written back in the same notation so that a failing case shows the whole document and where the selection is.
import { Range, Text, type Descendant, type Editor, type Path, type Point } from 'slate';
import { Hotkeys } from 'slate-dom';
import { expect } from 'vitest';
import {
  RichDocumentSchema,
  type DocElement,
  type FormattedText,
  type ListItemElement,
  type Mark,
} from '../../../../electron/common/document/doc-model';
import { toggleBlock, toggleMark } from '../../../../renderer/src/editor/commands';
import { createReportEditor } from '../../../../renderer/src/editor/create-report-editor';
import { BLOCK_SHORTCUTS, IS_MAC, MARK_SHORTCUTS, matches } from '../../../../renderer/src/editor/hotkeys';

type Inline = string | FormattedText;

const leaves = (children: Inline[]): FormattedText[] =>
  children.length === 0 ? [{ text: '' }] : children.map((c) => (typeof c === 'string' ? { text: c } : c));

/** A run of text with marks, e.g. `text('Plaintiff', 'bold')`. */
export const text = (value: string, ...marks: Mark[]): FormattedText => {
  const leaf: FormattedText = { text: value };
  for (const mark of marks) leaf[mark] = true;
  return leaf;
};
export const p = (...children: Inline[]): DocElement => ({ type: 'paragraph', children: leaves(children) });
export const h1 = (...children: Inline[]): DocElement => ({ type: 'heading-one', children: leaves(children) });
export const h2 = (...children: Inline[]): DocElement => ({ type: 'heading-two', children: leaves(children) });
export const h3 = (...children: Inline[]): DocElement => ({ type: 'heading-three', children: leaves(children) });
export const li = (...children: Inline[]): DocElement => ({ type: 'list-item', children: leaves(children) });
// Lists accept any element so that an input fixture can hold a shape the normaliser has to repair.
export const ul = (...items: DocElement[]): DocElement => ({
  type: 'bulleted-list',
  children: items as ListItemElement[],
});
export const ol = (...items: DocElement[]): DocElement => ({
  type: 'numbered-list',
  children: items as ListItemElement[],
});

type MarkerKind = 'cursor' | 'anchor' | 'focus';
const MARKER = /<(cursor|anchor|focus)\/>/g;

function eachText(nodes: Descendant[], parent: Path, visit: (leaf: FormattedText, path: Path) => void): void {
  nodes.forEach((node, index) => {
    const path = [...parent, index];
    if (Text.isText(node)) visit(node, path);
    else eachText(node.children, path, visit);
  });
}

/** Splits a fixture into Slate's value and selection: markers are removed from the text and become points. */
function parseFixture(doc: Descendant[]): { children: Descendant[]; selection: Range | null } {
  const children = structuredClone(doc);
  const points: Partial<Record<MarkerKind, Point>> = {};
  eachText(children, [], (leaf, path) => {
    let stripped = '';
    let last = 0;
    for (const match of leaf.text.matchAll(MARKER)) {
      stripped += leaf.text.slice(last, match.index);
      last = match.index + match[0].length;
      const kind = match[1] as MarkerKind;
      if (points[kind]) throw new Error(`Fixture has more than one <${kind}/>`);
      points[kind] = { path, offset: stripped.length };
    }
    leaf.text = stripped + leaf.text.slice(last);
  });
  const { cursor, anchor, focus } = points;
  if (cursor && (anchor || focus)) throw new Error('Fixture mixes <cursor/> with <anchor/>/<focus/>');
  if (Boolean(anchor) !== Boolean(focus)) throw new Error('Fixture needs both <anchor/> and <focus/>');
  if (cursor) return { children, selection: { anchor: cursor, focus: { ...cursor, path: [...cursor.path] } } };
  if (anchor && focus) return { children, selection: { anchor, focus } };
  return { children, selection: null };
}

/** The editor's value with its selection written into the text as markers (the inverse of parseFixture). */
function printEditor(editor: Editor): Descendant[] {
  const children = structuredClone(editor.children);
  const { selection } = editor;
  if (!selection) return children;
  const marks: [MarkerKind, Point][] = Range.isCollapsed(selection)
    ? [['cursor', selection.anchor]]
    : [
        ['anchor', selection.anchor],
        ['focus', selection.focus],
      ];
  // Later offsets first, so that inserting one marker does not move the other within the same text.
  marks.sort((a, b) => b[1].offset - a[1].offset);
  for (const [kind, point] of marks) {
    let found: FormattedText | undefined;
    eachText(children, [], (leaf, path) => {
      if (path.length === point.path.length && path.every((v, i) => v === point.path[i])) found = leaf;
    });
    if (!found || point.offset > found.text.length) {
      throw new Error(`Selection ${kind} ${JSON.stringify(point)} is not inside the document`);
    }
    found.text = `${found.text.slice(0, point.offset)}<${kind}/>${found.text.slice(point.offset)}`;
  }
  return children;
}

/** A report editor (all plugins) holding the fixture's value and selection, as Slate's tests build theirs. */
export function editorFrom(doc: Descendant[]): Editor {
  const { children, selection } = parseFixture(doc);
  const editor = createReportEditor();
  editor.children = children;
  editor.selection = selection;
  return editor;
}

/** Asserts the whole document and the selection, and that the document still passes the save contract. */
export function expectEditor(editor: Editor, expected: Descendant[]): void {
  expect(printEditor(editor)).toEqual(expected);
  const saved = RichDocumentSchema.safeParse(editor.children);
  expect(saved.success, saved.error?.message).toBe(true);
}

/** Backspace as slate-react applies it: a selection is deleted as a fragment, a caret deletes one character back. */
export function backspace(editor: Editor): void {
  if (editor.selection && Range.isExpanded(editor.selection)) editor.deleteFragment({ direction: 'backward' });
  else editor.deleteBackward('character');
}

/** Lets Slate flush its pending change, as between two key presses: slate-history starts a new undo step after it. */
export const nextKeystroke = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The parts of a keydown event the editor's shortcut handling reads. */
export interface KeyPress {
  key: string;
  code: string;
  which: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const SHIFTED_DIGITS = ')!@#$%^&*(';

/**
 * The keydown a US keyboard sends for a chord such as "Mod+Alt+1", "Mod+Shift+8" or "Ctrl+Y".
 * "Mod" is the platform's command key, as the editor's own shortcuts read it; Shift+digit carries the shifted symbol.
 */
export function chord(spec: string): KeyPress {
  const parts = spec.split('+');
  const main = parts.pop() ?? '';
  const has = (m: string) => parts.includes(m);
  const ctrl = has('Ctrl') || (has('Mod') && !IS_MAC);
  const meta = has('Meta') || (has('Mod') && IS_MAC);
  const shift = has('Shift');
  if (/^\d$/.test(main)) {
    const digit = Number(main);
    return {
      key: shift ? (SHIFTED_DIGITS[digit] ?? main) : main,
      code: `Digit${main}`,
      which: 48 + digit,
      ctrlKey: ctrl,
      metaKey: meta,
      shiftKey: shift,
      altKey: has('Alt'),
    };
  }
  if (!/^[A-Z]$/.test(main)) throw new Error(`chord() handles a letter or a digit, not "${main}"`);
  return {
    key: shift ? main : main.toLowerCase(),
    code: `Key${main}`,
    which: main.charCodeAt(0),
    ctrlKey: ctrl,
    metaKey: meta,
    shiftKey: shift,
    altKey: has('Alt'),
  };
}

/**
 * Dispatches a key press the way the editor does: RichTextEditor's onKeyDown (MARK_SHORTCUTS, BLOCK_SHORTCUTS) first,
 * then slate-react's Editable, which maps undo/redo through slate-dom's Hotkeys to the slate-history editor.
 * Returns whether any of them handled the key.
 */
export function pressKey(editor: Editor, event: KeyPress): boolean {
  const mark = MARK_SHORTCUTS.find((s) => matches(s, event));
  if (mark) {
    toggleMark(editor, mark.action);
    return true;
  }
  const block = BLOCK_SHORTCUTS.find((s) => matches(s, event));
  if (block) {
    toggleBlock(editor, block.action);
    return true;
  }
  const native = event as unknown as KeyboardEvent;
  if (Hotkeys.isRedo(native)) {
    editor.redo();
    return true;
  }
  if (Hotkeys.isUndo(native)) {
    editor.undo();
    return true;
  }
  return false;
}
