// Editing one saved chronology entry: every change autosaves (when the entry is valid; at once when a field is left),
// with delete after a confirm that names the entry, undoable from the confirmation toast (the entry is created again).
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ChronologyEntryInputSchema } from '../../../../electron/common/ipc/records.contract';
import type { ChronologyEntry, ChronologyEntryInput } from '../../../../electron/common/records/records-types';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SaveStatus } from '../../components/SaveStatus';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { useAutosave } from '../../hooks/use-autosave';
import { issuesOf } from '../../components/list-editing';
import { ChronologyEntryCard, type EntryPageProps } from './ChronologyEntryCard';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});

function inputOf(e: ChronologyEntry): ChronologyEntryInput {
  return {
    dateOfService: e.dateOfService,
    provider: e.provider,
    facility: e.facility,
    recordType: e.recordType,
    source: e.source,
    summary: e.summary,
    reliedUpon: e.reliedUpon,
  };
}

function describeEntry(e: ChronologyEntry): string {
  const what = [e.dateOfService ? formatUsDate(e.dateOfService) : 'undated', e.provider || e.facility, e.recordType]
    .filter(Boolean)
    .join(', ');
  return `entry ${e.number} (${what})`;
}

export interface ChronologyEntryEditorProps extends EntryPageProps {
  entry: ChronologyEntry;
  onSave: (entryId: string, input: ChronologyEntryInput) => Promise<unknown>;
  onDelete: (entryId: string) => Promise<void>;
  /** Undo of a delete: the entry as it was, created again. */
  onRestore: (input: ChronologyEntryInput) => Promise<unknown>;
  onClose: () => void;
}

export function ChronologyEntryEditor({ entry, onSave, onDelete, onRestore, onClose, ...page }: ChronologyEntryEditorProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [draft, setDraft] = useState<ChronologyEntryInput>(() => inputOf(entry));
  const [confirming, setConfirming] = useState(false);
  const autosave = useAutosave((input: ChronologyEntryInput) => onSave(entry.id, input));
  const issues = issuesOf(ChronologyEntryInputSchema, draft);

  const change = (next: ChronologyEntryInput) => {
    setDraft(next);
    if (ChronologyEntryInputSchema.safeParse(next).success) autosave.change(next);
  };
  const { run: restore } = useAction(async (kept: ChronologyEntryInput) => {
    await onRestore(kept);
    notify.info('Restored the chronology entry.');
  });
  const { run: deleteEntry } = useAction(async () => {
    // Nothing may be left to save into an entry that is gone.
    await autosave.flush();
    const kept = ChronologyEntryInputSchema.safeParse(draft).success ? draft : inputOf(entry);
    await onDelete(entry.id);
    notify.undoable(`Deleted ${describeEntry(entry)}.`, () => void restore(kept));
  });
  const remove = async () => {
    setConfirming(false);
    await deleteEntry();
  };

  return (
    <ChronologyEntryCard
      label={`Chronology entry ${entry.number}`}
      head={
        <div className={styles.head}>
          <Subtitle2 as="h5" className={styles.grow} style={{ margin: 0 }}>
            Entry {entry.number}
          </Subtitle2>
          <SaveStatus state={autosave.state} />
          <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => setConfirming(true)}>
            Delete entry
          </Button>
          <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label="Close entry" onClick={onClose} />
        </div>
      }
      {...page}
      value={draft}
      onChange={change}
      issues={issues}
      editorKey={entry.id}
      // A field left is saved at once: a date changed and left renumbers the chronology without the typing pause.
      onFieldLeft={() => void autosave.flush()}
    >
      {confirming && (
        <ConfirmDialog
          title="Delete chronology entry?"
          message={`${describeEntry(entry).replace(/^e/, 'E')} and its summary will be removed from the chronology and the report's records table. You can undo this right after.`}
          confirmLabel="Delete entry"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </ChronologyEntryCard>
  );
}
