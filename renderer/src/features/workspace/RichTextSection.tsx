// A rich-text section (or a question's answer): loads its saved document, edits it and autosaves it with a debounce,
// and tells the workspace whether it has any words (for the completion marks).
import { Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { documentPlainText, type RichDocument } from '../../../../electron/common/document/doc-model';
import { messageOf } from '../../api/client';
import { SaveStatus } from '../../components/SaveStatus';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { useAutosave } from '../../hooks/use-autosave';
import { workspaceApi } from './workspace-api';

export interface RichTextSectionProps {
  caseId: string;
  sectionId: string;
  label: string;
  placeholder?: string;
  onFilledChange?: (filled: boolean) => void;
}

export function RichTextSection({ caseId, sectionId, label, placeholder, onFilledChange }: RichTextSectionProps) {
  const [initial, setInitial] = useState<RichDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const autosave = useAutosave((content: RichDocument) => workspaceApi.saveDocument(caseId, sectionId, content));

  useEffect(() => {
    let live = true;
    workspaceApi
      .document(caseId, sectionId)
      .then((doc) => live && setInitial(doc.content))
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
        initialValue={initial}
        placeholder={placeholder}
        onChange={(value) => {
          autosave.change(value);
          onFilledChange?.(documentPlainText(value).trim() !== '');
        }}
      />
      <div style={{ justifySelf: 'end' }}>
        <SaveStatus state={autosave.state} />
      </div>
    </div>
  );
}
