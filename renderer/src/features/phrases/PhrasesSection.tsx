// Settings → My phrases: every phrase by section kind, with search, edit (name, trigger, section, text), delete with
// Undo, the starter phrases (examples to edit), and export / import of a phrases file.
import { Badge, Body1, Button, Caption1, Input, Subtitle1, Subtitle2, TableCell, TableRow } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { documentPlainText, type RichDocument } from '../../../../electron/common/document/doc-model';
import { PHRASE_SECTION_KINDS, PHRASE_SECTION_LABELS, type Phrase } from '../../../../electron/common/phrases/phrase-model';
import { DataTable } from '../../components/DataTable';
import { useNotify } from '../../components/notifications';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { useAction } from '../../hooks/use-action';
import { PhraseDialog } from './PhraseDialog';
import { phrasesApi, usePhraseList } from './phrases-api';

function EditPhraseDialog({ phrase, onClose }: { phrase: Phrase; onClose: () => void }) {
  const notify = useNotify();
  const content = useRef<RichDocument>(phrase.content);
  return (
    <PhraseDialog
      title={`Edit "${phrase.name}"`}
      phrase={phrase}
      content={() => content.current}
      onClose={onClose}
      onSaved={(saved) => {
        notify.info(`Saved the phrase "${saved.name}".`);
        onClose();
      }}
    >
      <RichTextEditor label="Phrase text" initialValue={phrase.content} onChange={(doc) => (content.current = doc)} />
    </PhraseDialog>
  );
}

export function PhrasesSection() {
  const notify = useNotify();
  const phrases = usePhraseList();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Phrase | null>(null);

  const groups = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = phrases.filter((p) => {
      const haystack = `${p.name} ;${p.trigger} ${documentPlainText(p.content)}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
    return PHRASE_SECTION_KINDS.map((kind) => ({ kind, items: shown.filter((p) => p.sectionKind === kind) })).filter(
      (g) => g.items.length > 0,
    );
  }, [phrases, query]);

  const { run: remove } = useAction(async (phrase: Phrase) => {
    const { id: _id, example: _example, updatedAt: _updatedAt, ...fields } = await phrasesApi.delete(phrase.id);
    notify.undoable(`Deleted the phrase "${phrase.name}".`, () => {
      phrasesApi.save(fields).catch(() => notify.error(`The phrase "${phrase.name}" could not be restored.`));
    });
  });
  const { run: addStarter, busy: adding } = useAction(async () => {
    const { added } = await phrasesApi.addStarter();
    notify.info(
      added === 0
        ? 'The starter phrases are already in your list.'
        : `Added ${added} starter phrases. They are examples: edit them to match your own findings.`,
    );
  });
  const { run: exportFile } = useAction(async () => {
    const { filePath, count } = await phrasesApi.export();
    if (filePath) notify.info(`Exported ${count} phrases to ${filePath}.`);
  });
  const { run: importFile } = useAction(async () => {
    const result = await phrasesApi.import();
    if (result) notify.info(`Imported ${result.imported} phrases.`);
  });

  return (
    <section aria-label="My phrases" style={{ display: 'grid', gap: 10 }}>
      <Subtitle1 as="h2">My phrases</Subtitle1>
      <Body1>
        Text you reuse, inserted in any section by typing a semicolon and its trigger (for example ;lumbarexam) then Space, or
        from the phrase picker (Ctrl+Shift+P). To keep new text as a phrase, select it in a section and press Ctrl+Shift+S.
      </Body1>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <Input aria-label="Search phrases" placeholder="Search phrases" value={query} onChange={(_, d) => setQuery(d.value)} />
        <Button onClick={() => void addStarter()} disabled={adding}>
          Add the starter phrases
        </Button>
        <Button onClick={() => void importFile()}>Import phrases…</Button>
        <Button onClick={() => void exportFile()} disabled={phrases.length === 0}>
          Export phrases…
        </Button>
      </div>
      {phrases.length === 0 && <Caption1>No phrases yet.</Caption1>}
      {groups.map(({ kind, items }) => (
        <div key={kind} style={{ display: 'grid', gap: 4 }}>
          <Subtitle2 as="h3">{PHRASE_SECTION_LABELS[kind]}</Subtitle2>
          <DataTable
            label={`${PHRASE_SECTION_LABELS[kind]} phrases`}
            columns={['Name', 'Trigger', 'Text', { ariaLabel: 'Actions' }]}
          >
            {items.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  {p.name} {p.example && <Badge appearance="outline">Example to edit</Badge>}
                </TableCell>
                <TableCell>;{p.trigger}</TableCell>
                <TableCell>
                  <Caption1>{documentPlainText(p.content).slice(0, 90)}</Caption1>
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
                    Edit
                  </Button>{' '}
                  <Button size="small" onClick={() => void remove(p)} aria-label={`Delete ${p.name}`}>
                    Delete
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        </div>
      ))}
      {editing && <EditPhraseDialog phrase={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
