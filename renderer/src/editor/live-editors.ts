// The section editors open on screen, by section id, so find and replace can show a match in its editor, replace in it
// (through the editor, so its autosave and Ctrl+Z follow) and put a whole section back on Undo.
import { Editor, Transforms, type BaseRange } from 'slate';
import { ReactEditor } from 'slate-react';
import type { RichDocument } from '../../../electron/common/document/doc-model';
import type { TextMatch } from '../../../electron/common/document/find-replace';

const live = new Map<string, Editor>();
/** Told when an editor opens (null) or closes (its section and last text). */
type LiveEditorsListener = (closed: { sectionId: string; content: RichDocument } | null) => void;
const listeners = new Set<LiveEditorsListener>();

/** Registers an open section's editor; the returned function unregisters it when the editor closes. */
export function registerLiveEditor(sectionId: string, editor: Editor): () => void {
  live.set(sectionId, editor);
  listeners.forEach((l) => l(null));
  return () => {
    if (live.get(sectionId) !== editor) return;
    live.delete(sectionId);
    // Its autosave writes this text as it closes; find keeps it meanwhile, so a step change never brings back older text.
    listeners.forEach((l) => l({ sectionId, content: editor.children as RichDocument }));
  };
}

export const liveEditor = (sectionId: string): Editor | undefined => live.get(sectionId);

/** Calls back whenever an editor opens or closes (e.g. after a step change brought a match's section on screen). */
export function onLiveEditorsChange(listener: LiveEditorsListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The section's current text: what its open editor shows, which may be newer than what is saved. */
export const liveContent = (sectionId: string): RichDocument | undefined => live.get(sectionId)?.children as RichDocument;

const rangeOf = (match: TextMatch): BaseRange => ({ anchor: match.anchor, focus: match.focus });

/** Shows a match as the current find result (CSS Custom Highlight, so the editor's own rendering is untouched). */
export function highlightMatch(editor: Editor, match: TextMatch | null): void {
  clearFindHighlight();
  if (!match || !('highlights' in CSS)) return;
  try {
    const domRange = ReactEditor.toDOMRange(editor, rangeOf(match));
    CSS.highlights.set(FIND_HIGHLIGHT, new Highlight(domRange));
    const box = domRange.getBoundingClientRect();
    // Scroll the match to the middle of the view, as Word's Find does, unless it is already in view.
    if (box.top < 220 || box.bottom > window.innerHeight - 40)
      (domRange.startContainer.parentElement ?? undefined)?.scrollIntoView({ block: 'center' });
  } catch {
    // The match's text changed since it was found; the next search finds it again.
  }
}

export function clearFindHighlight(): void {
  if ('highlights' in CSS) CSS.highlights.delete(FIND_HIGHLIGHT);
}

/** The name the stylesheet gives the current match's colour (`::highlight(find-match)`). */
const FIND_HIGHLIGHT = 'find-match';

/** Replaces one match in an open editor, as if typed: its autosave saves it and Ctrl+Z there undoes it. */
export function replaceMatchInEditor(editor: Editor, match: TextMatch, replacement: string): void {
  Transforms.insertText(editor, replacement, { at: rangeOf(match) });
}

/** Puts a whole document into an open editor in one step (replace all, and its Undo). */
export function setEditorContent(editor: Editor, doc: RichDocument): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.deselect(editor);
    for (let i = editor.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] });
    Transforms.insertNodes(editor, doc, { at: [0] });
  });
}
