// The editable's paste handlers: every paste goes through the editor's insertData (with-html-paste.ts), and the paste
// that follows Ctrl+Shift+V (⌘+Shift+V on macOS, "Paste and Match Style") inserts the plain text only.
import { useCallback, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { IS_MAC } from '../hotkeys';
import { insertPlainText } from './with-html-paste';

// The paste event follows its key press at once; a stale flag must not turn a later menu paste into plain text.
const PLAIN_PASTE_WINDOW_MS = 1000;

export function usePasteHandlers(editor: Editor) {
  const plainPasteAt = useRef(0);

  const onKeyDownCapture = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const mod = IS_MAC ? event.metaKey : event.ctrlKey;
    if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'v') plainPasteAt.current = Date.now();
  }, []);

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      event.preventDefault();
      // An empty clipboard pastes nothing and leaves a pending Ctrl+Shift+V for the paste that brings the text.
      if (event.clipboardData.types.length === 0) return;
      const plain = Date.now() - plainPasteAt.current < PLAIN_PASTE_WINDOW_MS;
      plainPasteAt.current = 0;
      if (plain) insertPlainText(editor, event.clipboardData);
      else ReactEditor.insertData(editor, event.clipboardData);
    },
    [editor],
  );

  return useMemo(() => ({ onKeyDownCapture, onPaste }), [onKeyDownCapture, onPaste]);
}
