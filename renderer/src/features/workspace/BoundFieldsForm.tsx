// Values the physician types that templates print through app-provided names (exam address, evaluator role,
// interpreter, report date, county of signing …). Only the ones the case's template actually uses are shown.
import { Field, Input, Select } from '@fluentui/react-components';
import type { FieldValue } from '../../../../electron/common/case/structure-model';
import { BOUND_FIELDS, type BoundFieldName } from '../../../../electron/common/template/bound-fields';
import type { TemplateValues } from '../../../../electron/common/template/resolve-placeholders';
import type { Template } from '../../../../electron/common/template/template-schema';
import { templateUses } from '../../../../electron/common/template/template-uses';
import { GUIDES_EDITION_LABELS } from '../../../../electron/common/template/vocabulary';
import { useVocabulary } from '../../hooks/use-vocabulary';

interface FieldMeta {
  label: string;
  hint?: string;
  /** A hint that cites California law, shown only where California's rules apply. */
  californiaHint?: string;
  suggestions?: readonly string[];
  /** A closed list: a select instead of free text. */
  choices?: Readonly<Record<string, string>>;
}

const LABELS: Partial<Record<BoundFieldName, FieldMeta>> = {
  'case.occupation': { label: 'Occupation or job title' },
  'case.evaluatorRole': {
    label: 'Your role in this case',
    hint: 'e.g. Panel QME (panel no. 1234567), Agreed Panel QME, AME, or Independent medical examiner.',
    suggestions: ['Panel QME', 'Agreed Panel QME', 'Agreed Medical Evaluator (AME)', 'Independent medical examiner'],
  },
  'exam.streetAddress': {
    label: 'Street address where the examination was performed',
    californiaHint: '8 CCR §35.5(b) requires the street address.',
  },
  'exam.dateCompleted': { label: 'Date the examination was completed' },
  'case.reportDate': { label: 'Date of report' },
  'case.interpreter': {
    label: 'Interpreter (name, certification no., language)',
    hint: 'Leave empty when no interpreter was used.',
  },
  'exam.othersPresent': { label: 'Others present during the examination' },
  'case.jurisdiction': {
    label: 'Jurisdiction',
    hint: 'The state or legal system whose rules govern this report.',
    suggestions: ['California', 'New York', 'Texas', 'Nevada', 'Arizona', 'Oregon', 'Washington'],
  },
  'case.guidesEdition': {
    label: 'AMA Guides edition',
    hint: 'The edition the jurisdiction rates by. The rating tools are built for the Fifth; for another edition, enter each rating with your own citation.',
    choices: Object.fromEntries(Object.values(GUIDES_EDITION_LABELS).map((l) => [l, l])),
  },
  'signing.county': {
    label: 'County where you sign',
    californiaHint: 'Labor Code §4628(j): the declaration states the county of signing.',
  },
  'signing.state': { label: 'State where you sign' },
};

export interface BoundFieldsFormProps {
  template: Template;
  names: readonly BoundFieldName[];
  values: TemplateValues;
  onChange: (patch: Record<string, FieldValue>) => void;
}

export function BoundFieldsForm({ template, names, values, onChange }: BoundFieldsFormProps) {
  const words = useVocabulary();
  const shown = names.filter((n) => templateUses(template, n));
  return (
    <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))' }}>
      {shown.map((name) => {
        const meta = LABELS[name] ?? { label: BOUND_FIELDS[name].label };
        const hint = (words.california ? meta.californiaHint : undefined) ?? meta.hint;
        const isDate = BOUND_FIELDS[name].type === 'date';
        const raw = values[name];
        const value = typeof raw === 'string' ? raw : '';
        const set = (next: string) => onChange({ [name]: next.trim() === '' ? null : next });
        const listId = meta.suggestions ? `suggest-${name.replace('.', '-')}` : undefined;
        if (meta.choices)
          return (
            <Field key={name} label={meta.label} hint={hint}>
              <Select value={value} onChange={(_, d) => set(d.value)}>
                <option value="">Choose…</option>
                {/* A value typed before the list existed stays choosable, so opening a case never changes it. */}
                {value && !(value in meta.choices) && <option value={value}>{value}</option>}
                {Object.entries(meta.choices).map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        return (
          <div key={name}>
            <Field label={meta.label} hint={hint}>
              <Input type={isDate ? 'date' : 'text'} list={listId} value={value} onChange={(_, d) => set(d.value)} />
            </Field>
            {listId && (
              <datalist id={listId}>
                {meta.suggestions!.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            )}
          </div>
        );
      })}
    </div>
  );
}
