// A rich-text section (or a question's answer): loads its saved document, edits it and autosaves it with a debounce,
// and tells the workspace whether it has any words (for the completion marks). Its History (toolbar button or
// Ctrl+Alt+H) opens the kept revisions; a restore goes into the editor as one edit, so Ctrl+Z there undoes it.
import { Button, Caption1, Spinner, Tooltip } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { documentWordCount, type FormattedText, type RichDocument } from '../../../../electron/common/document/doc-model';
import { messageOf } from '../../api/client';
import { SaveStatus } from '../../components/SaveStatus';
import { useNotify } from '../../components/notifications';
import { registerLiveEditor, setEditorContent } from '../../editor/live-editors';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { phraseKindOfSection } from '../../../../electron/common/phrases/section-phrase-kind';
import { formatWords } from '../find/word-count';
import { HISTORY_SHORTCUT_ARIA, HISTORY_SHORTCUT_LABEL, isHistoryShortcut } from '../revisions/history-shortcut';
import { when } from '../revisions/RevisionList';
import { SectionHistoryDialog } from '../revisions/SectionHistoryDialog';
import { useAutosave } from '../../hooks/use-autosave';
import { workspaceApi } from './workspace-api';

export interface RichTextSectionProps {
  caseId: string;
  sectionId: string;
  label: string;
  placeholder?: string;
  onFilledChange?: (filled: boolean) => void;
}

// Runs on every keystroke: stops at the first word instead of joining the text of a 50-page section.
const hasWords = (doc: RichDocument) =>
  doc.some((block) =>
    block.children.some((child) =>
      'text' in child ? child.text.trim() !== '' : child.children.some((t: FormattedText) => t.text.trim() !== ''),
    ),
  );

export function RichTextSection({ caseId, sectionId, label, placeholder, onFilledChange }: RichTextSectionProps) {
  const notify = useNotify();
  const [initial, setInitial] = useState<RichDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The word count follows the saves (at most one a second), not each keystroke: counting a 50-page section per key
  // would compete with typing.
  const [words, setWords] = useState<number | null>(null);
  const autosave = useAutosave((content: RichDocument) => {
    setWords(documentWordCount(content));
    return workspaceApi.saveDocument(caseId, sectionId, content);
  });
  const editorRef = useRef<Editor | null>(null);
  const register = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      return registerLiveEditor(sectionId, editor);
    },
    [sectionId],
  );
  // The text on screen when History opened: its preview marks the changes against it.
  const [history, setHistory] = useState<RichDocument | null>(null);
  const openHistory = useCallback(() => {
    if (editorRef.current) setHistory(editorRef.current.children as RichDocument);
  }, []);
  const historyButton = useMemo(
    () => (
      <Tooltip content={`Earlier versions of this section (${HISTORY_SHORTCUT_LABEL})`} relationship="description">
        <Button
          size="small"
          appearance="subtle"
          icon={<HistoryRegular />}
          // Not a Tab stop, so each editor stays one: the keyboard opens History with its shortcut.
          tabIndex={-1}
          aria-keyshortcuts={HISTORY_SHORTCUT_ARIA}
          onClick={openHistory}
        >
          History
        </Button>
      </Tooltip>
    ),
    [openHistory],
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isHistoryShortcut(event)) return;
    event.preventDefault();
    openHistory();
  };

  useEffect(() => {
    let live = true;
    workspaceApi
      .document(caseId, sectionId)
      .then((doc) => {
        if (!live) return;
        setInitial(doc.content);
        setWords(documentWordCount(doc.content));
      })
      .catch((error: unknown) => live && setLoadError(messageOf(error)));
    return () => {
      live = false;
    };
  }, [caseId, sectionId]);

  if (loadError) return <div role="alert">{loadError}</div>;
  if (!initial) return <Spinner size="tiny" label="Opening…" />;
  return (
    <div style={{ display: 'grid', gap: 4 }} onKeyDown={onKeyDown}>
      <RichTextEditor
        key={`${caseId}/${sectionId}`}
        label={label}
        caseId={caseId}
        phraseKind={phraseKindOfSection(sectionId)}
        initialValue={initial}
        placeholder={placeholder}
        onEditor={register}
        toolbarEnd={historyButton}
        onChange={(value) => {
          autosave.change(value);
          onFilledChange?.(hasWords(value));
        }}
      />
      <div style={{ justifySelf: 'end', display: 'flex', gap: 12, alignItems: 'center' }}>
        {words !== null && <Caption1 aria-label={`${label}: word count`}>{formatWords(words)}</Caption1>}
        <SaveStatus state={autosave.state} />
      </div>
      {history && (
        <SectionHistoryDialog
          caseId={caseId}
          sectionId={sectionId}
          label={label}
          current={history}
          flush={autosave.flush}
          onClose={() => setHistory(null)}
          onRestored={(restored, from) => {
            setHistory(null);
            // Into the editor as one edit, as Replace all does: the screen shows it, the autosave writes the same text
            // again, and Ctrl+Z brings back what was there.
            if (editorRef.current) setEditorContent(editorRef.current, restored.content);
            notify.info(`Restored the version of ${when(from.savedAt)}. The text it replaced is kept in History.`);
          }}
        />
      )}
    </div>
  );
}
