// The chronology: the numbered table of record entries, "Add entry", and the selected entry's editor. Selecting an
// entry opens its cited page in the viewer and reads the entry's summary for the editor (the list has none).
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { startTransition, useRef, useState } from 'react';
import type {
  ChronologyEntry,
  ChronologyEntryInput,
  ChronologyRow,
  RecordFile,
} from '../../../../electron/common/records/records-types';
import { useAction } from '../../hooks/use-action';
import { ChronologyEntryEditor } from './ChronologyEntryEditor';
import { ChronologyTable } from './ChronologyTable';
import { NewChronologyEntry } from './NewChronologyEntry';
import type { ShownPage } from './PdfPageViewer';
import { recordsApi } from './records-api';
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
  // The row chosen (its position is known at once, so the list keeps it in view) and, once read, its entry.
  const [picked, setPicked] = useState<{ id: string; number: number } | null>(null);
  const [selected, setSelected] = useState<ChronologyEntry | null>(null);
  const [adding, setAdding] = useState(false);
  const list = chronology.list;
  const wanted = useRef<string | null>(null);
  const choose = (entry: ChronologyEntry | null) => {
    wanted.current = entry?.id ?? null;
    setPicked(entry && { id: entry.id, number: entry.number });
    setSelected(entry);
  };

  // The last row chosen wins when replies cross.
  const { run: open } = useAction(async (id: string) => {
    const entry = await recordsApi.entry(id);
    // The editor is drawn in slices the viewer's page can come between (it opens at the same click).
    if (wanted.current === id) startTransition(() => setSelected(entry));
  });
  const select = (row: ChronologyRow) => {
    setAdding(false);
    wanted.current = row.id;
    setPicked({ id: row.id, number: row.number });
    if (selected?.id !== row.id) setSelected(null);
    if (row.source) onShowPage(row.source.fileId, row.source.pageFrom);
    void open(row.id);
  };
  // The editor keeps its own draft; the entry follows the saved one (its number moves with its date).
  const save = async (entryId: string, input: ChronologyEntryInput) => {
    const row = await chronology.update(entryId, input);
    setPicked((p) => (p?.id === entryId ? { id: entryId, number: row.number } : p));
    setSelected((s) => (s?.id === entryId ? { ...row, summary: input.summary } : s));
  };

  return (
    <div className={styles.panel}>
      <div className={styles.head}>
        <Subtitle2 as="h4" className={styles.grow} style={{ margin: 0 }}>
          Chronology{list ? ` (${plural(list.total, 'entry', 'entries')})` : ''}
        </Subtitle2>
        <Button
          appearance="primary"
          icon={<AddRegular />}
          disabled={adding}
          onClick={() => {
            choose(null);
            setAdding(true);
          }}
        >
          Add entry
        </Button>
      </div>
      {chronology.error && <Body1 role="alert">{chronology.error}</Body1>}
      {!list ? (
        <Spinner size="tiny" label="Loading the chronology…" />
      ) : (
        <ChronologyTable
          list={list}
          onShow={chronology.show}
          selectedId={picked?.id ?? null}
          selectedIndex={picked ? picked.number - 1 : -1}
          onSelect={select}
        />
      )}
      {adding && (
        <NewChronologyEntry
          files={files}
          shown={shown}
          onShowPage={onShowPage}
          onCreate={chronology.create}
          onCreated={(entry) => {
            setAdding(false);
            choose(entry);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {selected && selected.id === picked?.id && !adding && (
        <ChronologyEntryEditor
          key={selected.id}
          entry={selected}
          files={files}
          shown={shown}
          onShowPage={onShowPage}
          onSave={save}
          onDelete={async (id) => {
            await chronology.remove(id);
            choose(null);
          }}
          onRestore={chronology.create}
          onClose={() => choose(null)}
        />
      )}
    </div>
  );
}
