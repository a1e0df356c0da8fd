// Adding a chronology entry: the form starts from the page shown in the viewer (if any) and is saved with one button,
// since an entry should not appear in the report's table half-written.
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { emptyDocument } from '../../../../electron/common/document/doc-model';
import { ChronologyEntryInputSchema } from '../../../../electron/common/ipc/records.contract';
import type { ChronologyEntry, ChronologyEntryInput, RecordFile } from '../../../../electron/common/records/records-types';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { issuesOf } from '../../components/list-editing';
import { ChronologyEntryForm } from './ChronologyEntryForm';
import type { ShownPage } from './PdfPageViewer';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface NewChronologyEntryProps {
  files: RecordFile[];
  shown: ShownPage | null;
  onShowPage: (fileId: string, pageNumber: number) => void;
  onCreate: (input: ChronologyEntryInput) => Promise<ChronologyEntry>;
  onCreated: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

export function NewChronologyEntry({ files, shown, onShowPage, onCreate, onCreated, onCancel }: NewChronologyEntryProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [draft, setDraft] = useState<ChronologyEntryInput>(() => ({
    dateOfService: null,
    provider: '',
    facility: '',
    recordType: '',
    source: shown ? { fileId: shown.fileId, pageFrom: shown.pageNumber, pageTo: shown.pageNumber } : null,
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
    <section className={styles.card} aria-label="New chronology entry">
      <Subtitle2 as="h5" style={{ margin: 0 }}>
        New entry
      </Subtitle2>
      <ChronologyEntryForm
        value={draft}
        onChange={setDraft}
        files={files}
        issues={issues}
        shown={shown}
        onShowPage={onShowPage}
        editorKey="new"
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={busy}>
          Save entry
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
