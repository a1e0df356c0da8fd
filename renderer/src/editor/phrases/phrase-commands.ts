// The Slate side of phrases: the ";trigger" just typed before the caret, inserting a phrase (filled from the case) as
// one undo step, and the selection as a phrase's content.
import { Editor, Element as SlateElement, Range, Transforms, type Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { RichDocumentSchema, documentPlainText, type RichDocument } from '../../../../electron/common/document/doc-model';
import { fillPhrase } from '../../../../electron/common/phrases/phrase-placeholders';
import type { Phrase } from '../../../../electron/common/phrases/phrase-model';
import '../slate-types';

// A trigger starts a word: ";lumbarexam" after a space or at the start of the line, never inside "a;b".
const TRIGGER_BEFORE_CARET = /(?:^|\s);([a-z0-9][a-z0-9-]{1,39})$/i;

/** The ";trigger" right before a collapsed caret, as the range to replace and the trigger in lower case. */
export function triggerBeforeCaret(editor: Editor): { trigger: string; range: Range } | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const block = Editor.above(editor, { match: (n) => SlateElement.isElement(n) && Editor.isBlock(editor, n) });
  if (!block) return null;
  const before = Editor.string(editor, { anchor: Editor.start(editor, block[1]), focus: selection.anchor });
  const match = TRIGGER_BEFORE_CARET.exec(before);
  if (!match) return null;
  const trigger = match[1]!;
  const start = Editor.before(editor, selection.anchor, { distance: trigger.length + 1, unit: 'character' });
  return start ? { trigger: trigger.toLowerCase(), range: { anchor: start, focus: selection.anchor } } : null;
}

/**
 * Inserts the phrase at the caret (or over `replacing`, the typed trigger) with its placeholders filled: one undo step,
 * so Ctrl+Z gives back exactly what was there before.
 */
export function insertPhrase(
  editor: Editor,
  content: RichDocument,
  printed: Readonly<Record<string, string>>,
  replacing?: Range,
): void {
  const filled = fillPhrase(content, printed) as Descendant[];
  HistoryEditor.withNewBatch(editor, () => {
    // Deleted in place, not selected first: the undo step then puts the caret back after the trigger, where it was.
    if (replacing) Transforms.delete(editor, { at: replacing });
    else if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
    Transforms.insertFragment(editor, structuredClone(filled));
  });
}

/** Replaces the ";trigger" before the caret with its phrase; false when there is none or no phrase has that trigger. */
export function expandTrigger(editor: Editor, phrases: readonly Phrase[], printed: Readonly<Record<string, string>>): boolean {
  const found = triggerBeforeCaret(editor);
  const phrase = found && phrases.find((p) => p.trigger === found.trigger);
  if (!found || !phrase) return false;
  insertPhrase(editor, phrase.content, printed, found.range);
  return true;
}

/** The selected text as a phrase's content (its blocks and formatting), or null when nothing with words is selected. */
export function selectionAsDocument(editor: Editor): RichDocument | null {
  const { selection } = editor;
  if (!selection || Range.isCollapsed(selection)) return null;
  const parsed = RichDocumentSchema.safeParse(Editor.fragment(editor, selection));
  if (!parsed.success) return null;
  return documentPlainText(parsed.data).trim() === '' ? null : parsed.data;
}
