// A rich-text section (or a question's answer): loads its saved document, edits it and autosaves it with a debounce,
// and tells the workspace whether it has any words (for the completion marks).
import { Caption1, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Editor } from 'slate';
import { documentWordCount, type FormattedText, type RichDocument } from '../../../../electron/common/document/doc-model';
import { messageOf } from '../../api/client';
import { SaveStatus } from '../../components/SaveStatus';
import { registerLiveEditor } from '../../editor/live-editors';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { phraseKindOfSection } from '../../../../electron/common/phrases/section-phrase-kind';
import { formatWords } from '../find/word-count';
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
  const [initial, setInitial] = useState<RichDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The word count follows the saves (at most one a second), not each keystroke: counting a 50-page section per key
  // would compete with typing.
  const [words, setWords] = useState<number | null>(null);
  const autosave = useAutosave((content: RichDocument) => {
    setWords(documentWordCount(content));
    return workspaceApi.saveDocument(caseId, sectionId, content);
  });
  const register = useCallback((editor: Editor) => registerLiveEditor(sectionId, editor), [sectionId]);

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
    <div style={{ display: 'grid', gap: 4 }}>
      <RichTextEditor
        key={`${caseId}/${sectionId}`}
        label={label}
        caseId={caseId}
        phraseKind={phraseKindOfSection(sectionId)}
        initialValue={initial}
        placeholder={placeholder}
        onEditor={register}
        onChange={(value) => {
          autosave.change(value);
          onFilledChange?.(hasWords(value));
        }}
      />
      <div style={{ justifySelf: 'end', display: 'flex', gap: 12, alignItems: 'center' }}>
        {words !== null && <Caption1 aria-label={`${label}: word count`}>{formatWords(words)}</Caption1>}
        <SaveStatus state={autosave.state} />
      </div>
    </div>
  );
}
