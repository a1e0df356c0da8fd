// The fields of one chronology entry: the cited source (file and pages, or the page in the viewer), date of service,
// author/provider, facility and type (which "Suggest from page" reads from the page text, showing the line each came
// from for the physician to accept or edit), relied upon, and the summary in the report's rich-text editor.
import { Button, Caption1, Checkbox, Field, Input, Select, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearchRegular, LightbulbRegular, PinRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChronologyEntryInput, RecordFile } from '../../../../electron/common/records/records-types';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { fieldState, type Issues } from '../../components/list-editing';
import type { ShownPage } from './PdfPageViewer';
import { CountField } from './CountField';
import { count } from './records-format';
import { recordsApi } from './records-api';
import { tabOutOfDate } from '../../components/fields';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM },
  source: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 2fr) minmax(6rem, 1fr) minmax(6rem, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalM },
  evidence: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
});

type Suggestible = 'dateOfService' | 'provider' | 'facility' | 'recordType';
type Evidence = Partial<Record<Suggestible, { value: string; evidence: string }>>;

export interface ChronologyEntryFormProps {
  value: ChronologyEntryInput;
  onChange: (value: ChronologyEntryInput) => void;
  files: RecordFile[];
  issues: Issues;
  /** The page the viewer shows, offered as the entry's source. */
  shown: ShownPage | null;
  onShowPage: (fileId: string, pageNumber: number) => void;
  /** Remounts the summary editor when the form is for another entry. */
  editorKey: string;
}

export function ChronologyEntryForm({ value, onChange, files, issues, shown, onShowPage, editorKey }: ChronologyEntryFormProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [evidence, setEvidence] = useState<Evidence>({});
  const set = (patch: Partial<ChronologyEntryInput>) => onChange({ ...value, ...patch });
  const source = value.source;
  const file = source ? files.find((f) => f.id === source.fileId) : undefined;
  const maxPage = file?.pageCount ?? 1_000_000;

  const setSource = (fileId: string, from: number, to: number = from) =>
    set({ source: fileId ? { fileId, pageFrom: from, pageTo: Math.max(from, to) } : null });

  const { run: suggestFrom, busy: suggesting } = useAction(async (from: { fileId: string; pageFrom: number }) => {
    const s = await recordsApi.suggestEntry(from.fileId, from.pageFrom);
    if (!s) {
      notify.error(`That file has no page ${from.pageFrom}. Check the first page of the source.`);
      return;
    }
    const found: Evidence = {};
    const patch: Partial<ChronologyEntryInput> = {};
    for (const key of ['dateOfService', 'provider', 'facility', 'recordType'] as const) {
      const hit = s[key];
      if (!hit) continue;
      found[key] = hit;
      patch[key] = hit.value;
    }
    if (Object.keys(found).length === 0) notify.info('Nothing to suggest from this page; fill in the fields from the page.');
    setEvidence(found);
    set(patch);
  });
  const suggest = async () => {
    if (source) await suggestFrom(source);
  };

  /** "From the page: “Date of Service: 03/14/2021”" while the field still holds the suggested value. */
  const hint = (key: Suggestible, current: string | null) => {
    const e = evidence[key];
    if (!e || e.value !== current) return undefined;
    return <span className={styles.evidence}>From the page: “{e.evidence}”</span>;
  };

  return (
    <div className={styles.form}>
      <div className={styles.source}>
        <Field label="Source file" {...fieldState(issues.source)}>
          <Select value={source?.fileId ?? ''} onChange={(_, d) => setSource(d.value, 1)}>
            <option value="">No source file</option>
            {files.map((f) => (
              <option key={f.id} value={f.id}>
                {f.originalName} ({count(f.pageCount)} pages)
              </option>
            ))}
          </Select>
        </Field>
        <CountField
          label="First page"
          value={source?.pageFrom ?? null}
          onChange={(n) => source && n !== null && setSource(source.fileId, n, Math.max(n, source.pageTo))}
          min={1}
          max={maxPage}
          disabled={!source}
          required={!!source}
        />
        <CountField
          label="Last page"
          value={source?.pageTo ?? null}
          onChange={(n) => source && n !== null && set({ source: { ...source, pageTo: n } })}
          min={source?.pageFrom ?? 1}
          max={maxPage}
          disabled={!source}
          required={!!source}
          message={issues['source.pageTo'] ?? issues['source']}
        />
      </div>
      <div className={styles.actions}>
        <Tooltip
          content={shown ? `Cite ${shown.fileName} p. ${shown.pageNumber}` : 'Open a page in the viewer first'}
          relationship="description"
        >
          <Button
            size="small"
            icon={<PinRegular />}
            disabled={!shown}
            onClick={() => shown && setSource(shown.fileId, shown.pageNumber)}
          >
            Use page shown
          </Button>
        </Tooltip>
        <Button
          size="small"
          icon={<DocumentSearchRegular />}
          disabled={!source}
          onClick={() => source && onShowPage(source.fileId, source.pageFrom)}
        >
          Show first page
        </Button>
        <Tooltip content="Reads the date, author, facility and type from the first cited page" relationship="description">
          <Button size="small" icon={<LightbulbRegular />} disabled={!source || suggesting} onClick={() => void suggest()}>
            {suggesting ? 'Reading the page…' : 'Suggest from page'}
          </Button>
        </Tooltip>
      </div>
      <div className={styles.fields}>
        <Field
          label="Date of service"
          hint={
            hint('dateOfService', value.dateOfService) ??
            (value.dateOfService ? undefined : 'Leave empty if the record is undated.')
          }
          {...fieldState(issues.dateOfService)}
        >
          <Input
            type="date"
            onKeyDown={tabOutOfDate}
            value={value.dateOfService ?? ''}
            onChange={(_, d) => set({ dateOfService: d.value || null })}
          />
        </Field>
        <Field label="Author or provider" hint={hint('provider', value.provider)} {...fieldState(issues.provider)}>
          <Input value={value.provider} onChange={(_, d) => set({ provider: d.value })} />
        </Field>
        <Field label="Facility" hint={hint('facility', value.facility)} {...fieldState(issues.facility)}>
          <Input value={value.facility} onChange={(_, d) => set({ facility: d.value })} />
        </Field>
        <Field label="Record type" hint={hint('recordType', value.recordType)} {...fieldState(issues.recordType)}>
          <Input
            value={value.recordType}
            onChange={(_, d) => set({ recordType: d.value })}
            placeholder="e.g. Progress note, MRI report"
          />
        </Field>
      </div>
      <Checkbox
        checked={value.reliedUpon}
        onChange={(_, d) => set({ reliedUpon: d.checked === true })}
        label="Relied upon for my opinions"
      />
      <div style={{ display: 'grid', gap: 4 }}>
        <Caption1>Summary: what the record shows that matters for the disputed issues</Caption1>
        <RichTextEditor
          key={editorKey}
          label="Summary of the record"
          initialValue={value.summary}
          onChange={(summary) => set({ summary })}
          placeholder="Findings, diagnoses, work status, opinions…"
        />
      </div>
    </div>
  );
}
