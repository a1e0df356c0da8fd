// One rich-text section: loads the saved document, edits it, and autosaves it with a debounce.
import { Spinner, Title3 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import { call, messageOf } from '../../api/client';
import { SaveStatus } from '../../components/SaveStatus';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { useAutosave } from '../../hooks/use-autosave';

export interface NarrativeStepProps {
  caseId: string;
  sectionId: string;
  title: string;
  placeholder?: string;
}

export function NarrativeStep({ caseId, sectionId, title, placeholder }: NarrativeStepProps) {
  const [initial, setInitial] = useState<RichDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const autosave = useAutosave((content: RichDocument) => call('documents:save', { caseId, sectionId, content }));

  useEffect(() => {
    let live = true;
    call('documents:get', { caseId, sectionId })
      .then((doc) => live && setInitial(doc.content))
      .catch((error: unknown) => live && setLoadError(messageOf(error)));
    return () => {
      live = false;
    };
  }, [caseId, sectionId]);

  return (
    <section aria-labelledby={`${sectionId}-title`} style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Title3 as="h2" id={`${sectionId}-title`}>{title}</Title3>
        <SaveStatus state={autosave.state} />
      </div>
      {loadError && <div role="alert">{loadError}</div>}
      {!initial && !loadError && <Spinner label="Opening section…" />}
      {initial && <RichTextEditor key={`${caseId}/${sectionId}`} label={title} initialValue={initial} onChange={autosave.change} placeholder={placeholder} />}
    </section>
  );
}
