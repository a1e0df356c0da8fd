// Values the physician types that templates print through app-provided names (exam address, evaluator role,
// interpreter, report date, county of signing …). Only the ones the case's template actually uses are shown.
import { Field, Input } from '@fluentui/react-components';
import type { FieldValue } from '../../../../electron/common/case/structure-model';
import { BOUND_FIELDS, type BoundFieldName } from '../../../../electron/common/template/bound-fields';
import type { TemplateValues } from '../../../../electron/common/template/resolve-placeholders';
import type { Template } from '../../../../electron/common/template/template-schema';
import { templateUses } from '../../../../electron/common/template/template-uses';

const LABELS: Partial<Record<BoundFieldName, { label: string; hint?: string; suggestions?: string[] }>> = {
  'case.evaluatorRole': {
    label: 'Your role in this case',
    hint: 'e.g. Panel QME (panel no. 1234567), Agreed Panel QME, AME, or Independent medical examiner.',
    suggestions: ['Panel QME', 'Agreed Panel QME', 'Agreed Medical Evaluator (AME)', 'Independent medical examiner'],
  },
  'exam.streetAddress': {
    label: 'Street address where the examination was performed',
    hint: '8 CCR §35.5(b) requires the street address.',
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
    suggestions: [
      'AMA Guides, Fifth Edition',
      'AMA Guides, Sixth Edition',
      'AMA Guides, Sixth Edition (2023)',
      'AMA Guides, Fourth Edition',
    ],
  },
  'signing.county': {
    label: 'County where you sign',
    hint: 'Labor Code §4628(j): the declaration states the county of signing.',
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
  const shown = names.filter((n) => templateUses(template, n));
  return (
    <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))' }}>
      {shown.map((name) => {
        const meta = LABELS[name] ?? { label: BOUND_FIELDS[name].label };
        const isDate = BOUND_FIELDS[name].type === 'date';
        const raw = values[name];
        const listId = meta.suggestions ? `suggest-${name.replace('.', '-')}` : undefined;
        return (
          <div key={name}>
            <Field label={meta.label} hint={meta.hint}>
              <Input
                type={isDate ? 'date' : 'text'}
                list={listId}
                value={typeof raw === 'string' ? raw : ''}
                onChange={(_, d) => onChange({ [name]: d.value.trim() === '' ? null : d.value })}
              />
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
