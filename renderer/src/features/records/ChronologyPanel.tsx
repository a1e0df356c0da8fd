// The chronology: the numbered table of record entries, "Add entry", and the selected entry's editor. Selecting an
// entry opens its cited page in the viewer.
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChronologyEntry, RecordFile } from '../../../../electron/common/records/records-types';
import { ChronologyEntryEditor } from './ChronologyEntryEditor';
import { ChronologyTable } from './ChronologyTable';
import { NewChronologyEntry } from './NewChronologyEntry';
import type { ShownPage } from './PdfPageViewer';
import { plural } from './records-format';
import type { useChronology } from './use-chronology';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalM, alignContent: 'start', minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
});

export interface ChronologyPanelProps {
  chronology: ReturnType<typeof useChronology>;
  files: RecordFile[];
  shown: ShownPage | null;
  onShowPage: (fileId: string, pageNumber: number) => void;
}

export function ChronologyPanel({ chronology, files, shown, onShowPage }: ChronologyPanelProps) {
  const styles = useStyles();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const entries = chronology.entries;
  const selected = entries?.find((e) => e.id === selectedId) ?? null;

  const select = (entry: ChronologyEntry) => {
    setAdding(false);
    setSelectedId(entry.id);
    if (entry.source) onShowPage(entry.source.fileId, entry.source.pageFrom);
  };

  return (
    <div className={styles.panel}>
      <div className={styles.head}>
        <Subtitle2 as="h4" className={styles.grow} style={{ margin: 0 }}>
          Chronology{entries ? ` (${plural(entries.length, 'entry', 'entries')})` : ''}
        </Subtitle2>
        <Button
          appearance="primary"
          icon={<AddRegular />}
          disabled={adding}
          onClick={() => {
            setSelectedId(null);
            setAdding(true);
          }}
        >
          Add entry
        </Button>
      </div>
      {chronology.error && <Body1 role="alert">{chronology.error}</Body1>}
      {!entries ? (
        <Spinner size="tiny" label="Loading the chronology…" />
      ) : (
        <ChronologyTable entries={entries} selectedId={selectedId} onSelect={select} />
      )}
      {adding && (
        <NewChronologyEntry
          files={files}
          shown={shown}
          onShowPage={onShowPage}
          onCreate={chronology.create}
          onCreated={(entry) => {
            setAdding(false);
            setSelectedId(entry.id);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {selected && !adding && (
        <ChronologyEntryEditor
          key={selected.id}
          entry={selected}
          files={files}
          shown={shown}
          onShowPage={onShowPage}
          onSave={chronology.update}
          onDelete={async (id) => {
            await chronology.remove(id);
            setSelectedId(null);
          }}
          onRestore={chronology.create}
          onClose={() => setSelectedId(null)}
        />
      )}
    </div>
  );
}
