// Phrases in one editor: ";trigger" + Space/Tab/Enter expands, Ctrl+Shift+P opens the picker, Ctrl+Shift+S keeps the
// selection as a phrase. The case's values are fetched ahead (on opening, and again as a ";" is typed) so that the
// expansion itself is synchronous and lands in the same keystroke.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Range, Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import { documentPlainText } from '../../../../electron/common/document/doc-model';
import type { Phrase, PhraseSectionKind } from '../../../../electron/common/phrases/phrase-model';
import { useNotify } from '../../components/notifications';
import { PhraseDialog } from '../../features/phrases/PhraseDialog';
import { currentPhrases, phrasesApi } from '../../features/phrases/phrases-api';
import { IS_MAC } from '../hotkeys';
import { expandTrigger, insertPhrase, selectionAsDocument } from './phrase-commands';
import { PhrasePicker } from './PhrasePicker';

const MOD = IS_MAC ? '⌘' : 'Ctrl';
export const PICKER_SHORTCUT = `${MOD}+Shift+P`;
export const SAVE_SHORTCUT = `${MOD}+Shift+S`;

interface PhraseActions {
  openPicker(): void;
  saveSelection(): void;
}
/** The toolbar's phrase buttons reach their editor's actions here. */
const actionsByEditor = new WeakMap<Editor, PhraseActions>();
export const phraseActionsOf = (editor: Editor) => actionsByEditor.get(editor);

/**
 * The selection as the page shows it now: slate-react follows the page's selection a moment later (throttled), so a
 * Ctrl+A at once followed by Ctrl+Shift+S would otherwise still see the caret.
 */
function shownSelection(editor: Editor): Range | null {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0 || !ReactEditor.hasDOMNode(editor, dom.anchorNode as Node)) return editor.selection;
  return ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true }) ?? editor.selection;
}

type Open = { kind: 'picker'; at: Range | null } | { kind: 'save'; content: RichDocument; at: Range | null } | null;

export function usePhrases(editor: Editor, caseId: string | undefined, sectionKind: PhraseSectionKind | undefined) {
  const notify = useNotify();
  const printed = useRef<Record<string, string>>({});
  const [open, setOpen] = useState<Open>(null);

  const refreshValues = useCallback(() => {
    if (!caseId) return;
    phrasesApi
      .values(caseId)
      .then((values) => (printed.current = values))
      // Without the values a phrase inserts its "[examinee name]" gaps, which the sign check catches.
      .catch(() => undefined);
  }, [caseId]);
  useEffect(() => {
    currentPhrases();
    refreshValues();
  }, [refreshValues]);

  const backToText = useCallback(
    (at: Range | null) => {
      setOpen(null);
      ReactEditor.focus(editor);
      if (at) Transforms.select(editor, at);
    },
    [editor],
  );

  const actions: PhraseActions = {
    openPicker: () => {
      refreshValues();
      setOpen({ kind: 'picker', at: shownSelection(editor) });
    },
    saveSelection: () => {
      const at = shownSelection(editor);
      if (at) Transforms.select(editor, at);
      const content = selectionAsDocument(editor);
      if (!content) notify.error('Select the words to keep as a phrase first, then save them as a phrase.');
      else setOpen({ kind: 'save', content, at });
    },
  };
  actionsByEditor.set(editor, actions);

  /** True when the key was the phrases' own. */
  const handleKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    const mod = IS_MAC ? event.metaKey : event.ctrlKey;
    if (event.key === ';') refreshValues();
    if ((event.key === ' ' || event.key === 'Tab' || event.key === 'Enter') && !mod && !event.altKey && !event.shiftKey) {
      if (!expandTrigger(editor, currentPhrases(), printed.current)) return false;
      event.preventDefault();
      // The space still follows the phrase, as in Word's AutoCorrect; Tab and Enter only expand.
      if (event.key === ' ') editor.insertText(' ');
      return true;
    }
    if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      actions.openPicker();
      return true;
    }
    if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      actions.saveSelection();
      return true;
    }
    return false;
  };
  // Stable for the editor's own key handler (and so for Editable); it runs the newest handler.
  const latestHandleKey = useRef(handleKey);
  latestHandleKey.current = handleKey;
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => latestHandleKey.current(event), []);

  let ui: ReactNode = null;
  if (open?.kind === 'picker') {
    ui = (
      <PhrasePicker
        phrases={currentPhrases()}
        sectionKind={sectionKind}
        onClose={() => backToText(open.at)}
        onPick={(phrase: Phrase) => {
          backToText(open.at);
          insertPhrase(editor, phrase.content, printed.current);
        }}
      />
    );
  } else if (open?.kind === 'save') {
    ui = (
      <PhraseDialog
        title="Save the selection as a phrase"
        sectionKind={sectionKind}
        content={() => open.content}
        onClose={() => backToText(open.at)}
        onSaved={(phrase) => {
          backToText(open.at);
          notify.info(`Saved the phrase "${phrase.name}". Type ;${phrase.trigger} and Space in any section to insert it.`);
        }}
      >
        <div style={{ whiteSpace: 'pre-wrap', maxHeight: 160, overflowY: 'auto' }} aria-label="Phrase text">
          {documentPlainText(open.content)}
        </div>
      </PhraseDialog>
    );
  }
  return { onKeyDown, ui };
}
