// The form of one phrase: name, trigger and section kind, with its text shown (saving a selection) or edited (My phrases).
// Saving goes to the backend, whose refusal (a trigger in use, an unknown placeholder) shows in the dialog as it was said.
import { Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import {
  PHRASE_SECTION_KINDS,
  PHRASE_SECTION_LABELS,
  type Phrase,
  type PhraseSectionKind,
} from '../../../../electron/common/phrases/phrase-model';
import { PHRASE_PLACEHOLDERS } from '../../../../electron/common/phrases/phrase-placeholders';
import { messageOf } from '../../api/client';
import { ActionDialog } from '../../components/ActionDialog';
import { phrasesApi } from './phrases-api';

export interface PhraseDialogProps {
  title: string;
  /** The phrase being changed; absent for a new one. */
  phrase?: Phrase;
  /** A new phrase's kind: the kind of section it was selected in. */
  sectionKind?: PhraseSectionKind;
  /** The text to keep; for an edit, the newest text of the content editor. */
  content: () => RichDocument;
  /** The text, shown or editable. */
  children: ReactNode;
  onSaved: (phrase: Phrase) => void;
  onClose: () => void;
}

/** "Lumbar exam, normal" → "lumbarexamnormal": a first suggestion the physician can shorten. */
const suggestTrigger = (name: string) =>
  name
    .toLowerCase()
    .replace(/^example:\s*/, '')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 40);

export function PhraseDialog({ title, phrase, sectionKind: newKind, content, children, onSaved, onClose }: PhraseDialogProps) {
  const [name, setName] = useState(phrase?.name ?? '');
  const [trigger, setTrigger] = useState(phrase?.trigger ?? '');
  const [triggerEdited, setTriggerEdited] = useState(Boolean(phrase));
  const [sectionKind, setSectionKind] = useState<PhraseSectionKind>(phrase?.sectionKind ?? newKind ?? 'general');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await phrasesApi.save({ ...(phrase ? { id: phrase.id } : {}), name, trigger, sectionKind, content: content() }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ActionDialog title={title} actionLabel="Save phrase" onAction={() => void save()} onClose={onClose} busy={busy}>
      <div style={{ display: 'grid', gap: 10 }}>
        <Field label="Name" required>
          <Input
            value={name}
            autoFocus
            onChange={(_, d) => {
              setName(d.value);
              if (!triggerEdited) setTrigger(suggestTrigger(d.value));
            }}
          />
        </Field>
        <Field label="Trigger" hint="Type a semicolon and the trigger in any section, then Space, Tab or Enter.">
          <Input
            contentBefore=";"
            value={trigger}
            onChange={(_, d) => {
              setTriggerEdited(true);
              setTrigger(d.value);
            }}
          />
        </Field>
        <Field label="Section">
          <Select value={sectionKind} onChange={(_, d) => setSectionKind(d.value as PhraseSectionKind)}>
            {PHRASE_SECTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {PHRASE_SECTION_LABELS[kind]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Text"
          hint={`Placeholders filled from the case when inserted: ${PHRASE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`}
        >
          {children}
        </Field>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </ActionDialog>
  );
}
