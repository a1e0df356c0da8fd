// The case's identifying fields as a form, used by the New-case dialog and the Case details step.
import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { CaseFields } from '../../../../electron/common/case/case-model';
import { CaseFieldsSchema } from '../../../../electron/common/case/case-model';
import type { Vocabulary } from '../../../../electron/common/template/vocabulary';
import { tabOutOfDate } from '../../components/fields';

export type CaseFieldErrors = Partial<Record<keyof CaseFields, string>>;

export function validateCaseFields(fields: CaseFields): { ok: true; value: CaseFields } | { ok: false; errors: CaseFieldErrors } {
  const parsed = CaseFieldsSchema.safeParse(fields);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: CaseFieldErrors = {};
  for (const issue of parsed.error.issues) errors[issue.path[0] as keyof CaseFields] ??= issue.message;
  return { ok: false, errors };
}

export interface CaseFieldsFormProps {
  value: CaseFields;
  errors: CaseFieldErrors;
  onChange: (next: CaseFields, changed: keyof CaseFields) => void;
  autoFocus?: boolean;
  /** The report kind follows the template chosen at creation; it is shown but not changed afterwards. */
  lockReportKind?: boolean;
  /** The template's words for the parties and the claim; neutral words while no template is chosen. */
  vocabulary?: Pick<Vocabulary, 'examinee' | 'employer' | 'claimsAdministrator' | 'claimNumber'>;
}

const NEUTRAL_WORDS = {
  examinee: 'Examinee',
  employer: 'Employer',
  claimsAdministrator: 'Insurer or claims administrator',
  claimNumber: 'Claim number',
};

export function CaseFieldsForm({ value, errors, onChange, autoFocus, lockReportKind, vocabulary }: CaseFieldsFormProps) {
  const words = vocabulary ?? NEUTRAL_WORDS;
  const set = <K extends keyof CaseFields>(key: K, v: CaseFields[K]) => onChange({ ...value, [key]: v }, key);
  const state = (key: keyof CaseFields) => ({
    validationMessage: errors[key],
    validationState: errors[key] ? ('error' as const) : ('none' as const),
  });

  const text = (key: 'examineeName' | 'claimNumber' | 'employer' | 'claimsAdministrator', label: string, required = false) => (
    <Field label={label} required={required} {...state(key)}>
      <Input value={value[key]} onChange={(_, d) => set(key, d.value)} autoFocus={autoFocus && key === 'examineeName'} />
    </Field>
  );
  const date = (key: 'dateOfBirth' | 'examDate', label: string) => (
    <Field label={label} {...state(key)}>
      <Input
        type="date"
        onKeyDown={tabOutOfDate}
        value={value[key] ?? ''}
        onChange={(_, d) => set(key, d.value || null)}
        max="2200-12-31"
      />
    </Field>
  );

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {text(
        'examineeName',
        words.examinee === 'Examinee' ? 'Examinee name' : `Examinee (${words.examinee.toLowerCase()}) name`,
        true,
      )}
      {date('dateOfBirth', 'Date of birth')}
      {text('claimNumber', words.claimNumber)}
      {text('employer', words.employer)}
      {text('claimsAdministrator', words.claimsAdministrator)}
      {!lockReportKind && (
        <Field label="Report kind">
          <RadioGroup
            layout="horizontal"
            value={value.reportKind}
            onChange={(_, d) => set('reportKind', d.value as CaseFields['reportKind'])}
          >
            <Radio value="QME" label="QME / AME (California workers’ comp)" />
            <Radio value="IME" label="IME (independent medical examination)" />
          </RadioGroup>
        </Field>
      )}
      {date('examDate', 'Date of examination')}
    </div>
  );
}
