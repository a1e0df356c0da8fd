// Controlled editor for the diagnoses: body part, ICD-10-CM code and description, with a search of the offline code
// list that fills code and description. Any code of the right shape may also be typed; the list is not exhaustive.
import { Caption1, Combobox, Field, Option, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DiagnosisSchema, type Diagnosis } from '../../../../electron/common/case/structure-model';
import { lookupIcd10, normalizeIcd10Code, searchIcd10 } from '../../../../electron/common/calc/icd10-search';
import { bodyPartSuggestions } from './body-parts';
import { Suggestions, TextField } from '../../components/fields';
import {
  ListEditorShell,
  RemoveButton,
  newId,
  useEditorStyles,
  useListEditing,
  type Issues,
  type ListEditorProps,
} from '../../components/list-editing';

export interface DiagnosesEditorProps extends ListEditorProps<Diagnosis> {
  /** Body parts of the case's injuries, offered first for each diagnosis (free text is allowed too). */
  bodyParts: string[];
}

const RESULT_LIMIT = 20;

export function DiagnosesEditor({ items, onChange, onValidityChange, bodyParts }: DiagnosesEditorProps) {
  const { issues, list } = useListEditing(items, onChange, DiagnosisSchema, onValidityChange);
  const datalistId = useId('diagnosis-body-parts');

  const add = () => {
    const d: Diagnosis = { id: newId(), bodyPart: bodyParts.length === 1 ? bodyParts[0]! : '', code: '', description: '' };
    list.add(d, d.id);
  };
  const remove = (index: number) => {
    const d = items[index]!;
    const what = [d.code.trim(), d.description.trim()].filter(Boolean).join(' ');
    list.remove(index, `diagnosis ${index + 1}${what ? ` (${what})` : ''}`);
  };

  return (
    <ListEditorShell
      list={list}
      add={{ label: 'Add diagnosis', onClick: add }}
      empty={
        <>
          No diagnoses yet. Add each diagnosis with its body part and ICD-10-CM code; search the built-in code list by words (e.g.
          “lumbar radiculopathy”) or by code.
        </>
      }
    >
      <Suggestions id={datalistId} values={bodyPartSuggestions(bodyParts)} />
      {items.map((d, index) => (
        <DiagnosisRow
          key={d.id}
          diagnosis={d}
          number={index + 1}
          issues={issues[index] ?? {}}
          datalistId={datalistId}
          autoFocus={list.focusKey === d.id}
          onChange={(next) => list.replace(index, next)}
          onRemove={() => remove(index)}
        />
      ))}
    </ListEditorShell>
  );
}

interface DiagnosisRowProps {
  diagnosis: Diagnosis;
  number: number;
  issues: Issues;
  datalistId: string;
  autoFocus: boolean;
  onChange: (d: Diagnosis) => void;
  onRemove: () => void;
}

function DiagnosisRow({ diagnosis, number, issues, datalistId, autoFocus, onChange, onRemove }: DiagnosisRowProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const of = `diagnosis ${number}`;
  const set = (patch: Partial<Diagnosis>) => onChange({ ...diagnosis, ...patch });
  // Normalise a typed code ("m5416" → "M54.16") and, if the list knows it, supply the description when none is written.
  const tidyCode = () => {
    const code = normalizeIcd10Code(diagnosis.code);
    if (!code) return;
    const known = diagnosis.description.trim() === '' ? lookupIcd10(code) : undefined;
    if (code !== diagnosis.code || known) set({ code, ...(known ? { description: known.description } : {}) });
  };

  return (
    <div role="group" aria-label={`Diagnosis ${number}`} className={styles.card}>
      <div className={styles.row}>
        <Caption1 aria-hidden className={local.number}>
          {number}.
        </Caption1>
        <TextField
          label="Body part"
          className={styles.narrow}
          inputClassName={styles.fill}
          issue={issues.bodyPart}
          ariaLabel={`Body part of ${of}`}
          list={datalistId}
          maxLength={120}
          value={diagnosis.bodyPart}
          onChange={(bodyPart) => set({ bodyPart })}
        />
        <Field label="Find ICD-10 code" size="small" className={styles.grow}>
          <Icd10Search
            label={`Find ICD-10 code for ${of}`}
            autoFocus={autoFocus}
            onPick={(hit) => set({ code: hit.code, description: hit.description })}
          />
        </Field>
        <RemoveButton what={of} className={local.remove} onClick={onRemove} />
      </div>
      <div className={styles.row}>
        <span className={local.indent} />
        <TextField
          label="ICD-10 code"
          className={local.code}
          inputClassName={styles.fill}
          issue={issues.code}
          ariaLabel={`ICD-10 code of ${of}`}
          maxLength={8}
          value={diagnosis.code}
          onChange={(code) => set({ code: code.toUpperCase().replace(/\s+/g, '') })}
          onBlur={tidyCode}
        />
        <TextField
          label="Description"
          className={styles.grow}
          issue={issues.description}
          ariaLabel={`Description of ${of}`}
          maxLength={300}
          value={diagnosis.description}
          onChange={(description) => set({ description })}
        />
      </div>
    </div>
  );
}

type Icd10Hit = ReturnType<typeof searchIcd10>[number];

/** The search box: what is typed is only a query (kept here); choosing a result hands it up and clears the box. */
function Icd10Search({ label, autoFocus, onPick }: { label: string; autoFocus: boolean; onPick: (hit: Icd10Hit) => void }) {
  const local = useStyles();
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchIcd10(query, RESULT_LIMIT), [query]);
  return (
    <Combobox
      freeform
      size="small"
      aria-label={label}
      placeholder="Words or code, e.g. lumbar radiculopathy, M54.16"
      autoFocus={autoFocus}
      value={query}
      selectedOptions={[]}
      onChange={(e) => setQuery(e.target.value)}
      onOptionSelect={(_, d) => {
        const hit = results.find((r) => r.code === d.optionValue);
        if (hit) onPick(hit);
        setQuery('');
      }}
    >
      {results.map((r) => (
        <Option key={r.code} value={r.code} text={`${r.code} ${r.description}`}>
          <span>
            <strong>{r.code}</strong> {r.description} <Caption1 className={local.group}>{r.group}</Caption1>
          </span>
        </Option>
      ))}
      {results.length === 0 && (
        <Option disabled value="" text="No results">
          {query.trim() === ''
            ? 'Type words or a code to search the built-in list.'
            : 'No match in the built-in list. Type the code in the ICD-10 code field.'}
        </Option>
      )}
    </Combobox>
  );
}

const useStyles = makeStyles({
  number: { width: '1.5rem', paddingTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  indent: { width: '1.5rem' },
  code: { flexBasis: '8rem', minWidth: 0 },
  remove: { alignSelf: 'flex-end' },
  group: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
});
