// Editing one saved chronology entry: every change autosaves (when the entry is valid), with delete after a confirm
// that names the entry, undoable from the confirmation toast (the entry is created again from what it held).
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ChronologyEntryInputSchema } from '../../../../electron/common/ipc/records.contract';
import type { ChronologyEntry, ChronologyEntryInput, RecordFile } from '../../../../electron/common/records/records-types';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SaveStatus } from '../../components/SaveStatus';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { useAutosave } from '../../hooks/use-autosave';
import { issuesOf } from '../../components/list-editing';
import { ChronologyEntryForm } from './ChronologyEntryForm';
import type { ShownPage } from './PdfPageViewer';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});

export function inputOf(e: ChronologyEntry): ChronologyEntryInput {
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

export function describeEntry(e: ChronologyEntry): string {
  const what = [e.dateOfService ? formatUsDate(e.dateOfService) : 'undated', e.provider || e.facility, e.recordType]
    .filter(Boolean)
    .join(', ');
  return `entry ${e.number} (${what})`;
}

export interface ChronologyEntryEditorProps {
  entry: ChronologyEntry;
  files: RecordFile[];
  shown: ShownPage | null;
  onShowPage: (fileId: string, pageNumber: number) => void;
  onSave: (entryId: string, input: ChronologyEntryInput) => Promise<unknown>;
  onDelete: (entryId: string) => Promise<void>;
  /** Undo of a delete: the entry as it was, created again. */
  onRestore: (input: ChronologyEntryInput) => Promise<unknown>;
  onClose: () => void;
}

export function ChronologyEntryEditor({
  entry,
  files,
  shown,
  onShowPage,
  onSave,
  onDelete,
  onRestore,
  onClose,
}: ChronologyEntryEditorProps) {
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
    <section className={styles.card} aria-label={`Chronology entry ${entry.number}`}>
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
      <ChronologyEntryForm
        value={draft}
        onChange={change}
        files={files}
        issues={issues}
        shown={shown}
        onShowPage={onShowPage}
        editorKey={entry.id}
      />
      {confirming && (
        <ConfirmDialog
          title="Delete chronology entry?"
          message={`${describeEntry(entry).replace(/^e/, 'E')} and its summary will be removed from the chronology and the report's records table. You can undo this right after.`}
          confirmLabel="Delete entry"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
