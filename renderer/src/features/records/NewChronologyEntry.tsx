// Adding a chronology entry: the form starts from the page shown in the viewer (if any) and is saved with one button,
// since an entry should not appear in the report's table half-written.
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { emptyDocument } from '../../../../electron/common/document/doc-model';
import { ChronologyEntryInputSchema } from '../../../../electron/common/ipc/records.contract';
import type { ChronologyEntry, ChronologyEntryInput } from '../../../../electron/common/records/records-types';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { issuesOf } from '../../components/list-editing';
import { ChronologyEntryCard, type EntryPageProps } from './ChronologyEntryCard';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface NewChronologyEntryProps extends EntryPageProps {
  onCreate: (input: ChronologyEntryInput) => Promise<ChronologyEntry>;
  onCreated: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

export function NewChronologyEntry({ onCreate, onCreated, onCancel, ...page }: NewChronologyEntryProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [draft, setDraft] = useState<ChronologyEntryInput>(() => ({
    dateOfService: null,
    provider: '',
    facility: '',
    recordType: '',
    source: page.shown ? { fileId: page.shown.fileId, pageFrom: page.shown.pageNumber, pageTo: page.shown.pageNumber } : null,
    summary: emptyDocument(),
    reliedUpon: false,
  }));
  const [tried, setTried] = useState(false);
  const issues = tried ? issuesOf(ChronologyEntryInputSchema, draft) : {};
  const { run: create, busy } = useAction(async (input: ChronologyEntryInput) => {
    const created = await onCreate(input);
    notify.info(`Added entry ${created.number}.`);
    onCreated(created);
  });

  const save = async () => {
    setTried(true);
    if (!ChronologyEntryInputSchema.safeParse(draft).success) return;
    await create(draft);
  };

  return (
    <ChronologyEntryCard
      label="New chronology entry"
      isNew
      head={
        <Subtitle2 as="h5" style={{ margin: 0 }}>
          New entry
        </Subtitle2>
      }
      {...page}
      value={draft}
      onChange={setDraft}
      issues={issues}
      editorKey="new"
    >
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={busy}>
          Save entry
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </ChronologyEntryCard>
  );
}
