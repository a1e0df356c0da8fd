// Controlled editor of the deadline inputs: the IME due date from the referral; for a QME, the supplemental request date
// with extra days agreed by the parties, and a QME Form 112 extension (ground, days, approved). The dates are computed elsewhere.
import { Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportKind } from '../../../../electron/common/case/case-model';
import {
  EXTENSION_KINDS,
  ScheduleSchema,
  type Extension,
  type Schedule,
} from '../../../../electron/common/case/discussion-model';
import { DEADLINE_RULES } from '../../../../electron/common/calc/deadlines';
import { DateField } from '../../components/fields';
import { fieldState, issuesOf, useEditorStyles } from '../../components/list-editing';
import { useDiscussionStyles } from './discussion-styles';
import { useReportValidity } from '../../hooks/use-report-validity';
import { WholeNumberInput } from '../../components/whole-number-input';

export interface ScheduleEditorProps {
  value: Schedule;
  onChange: (value: Schedule) => void;
  reportKind: ReportKind;
  onValidityChange?: (valid: boolean) => void;
}

const RULES = DEADLINE_RULES.rules;
const MAX_DAYS: Record<Extension['kind'], number> = {
  'good-cause': RULES['extension-good-cause'].maxDays!,
  'pending-tests': RULES['extension-pending-tests'].maxDays!,
};
const EXTENSION_LABELS: Record<Extension['kind'], string> = {
  'good-cause': `Good cause (up to ${MAX_DAYS['good-cause']} days)`,
  'pending-tests': `Tests or a consultant's report not yet received (up to ${MAX_DAYS['pending-tests']} days)`,
};
const AGREEMENT_MAX = RULES['supplemental-report-due'].agreementMaxDays!;
const isValid = (s: Schedule) => ScheduleSchema.safeParse(s).success;

export function ScheduleEditor({ value, onChange, reportKind, onValidityChange }: ScheduleEditorProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const fit = useDiscussionStyles();
  const report = useReportValidity(isValid(value), onValidityChange);
  const issues = issuesOf(ScheduleSchema, value);
  const emit = (patch: Partial<Schedule>) => {
    const next = { ...value, ...patch };
    report(isValid(next));
    onChange(next);
  };
  const ext = value.extension;
  const date = (key: 'referralDueDate' | 'supplementalRequestDate', label: string, ariaLabel: string, hint: string) => (
    <DateField
      label={label}
      hint={hint}
      className={local.date}
      issue={issues[key]}
      ariaLabel={ariaLabel}
      value={value[key]}
      onChange={(date) => emit({ [key]: date })}
    />
  );

  if (reportKind === 'IME') {
    return (
      <div className={styles.list}>
        {date(
          'referralDueDate',
          'Due date from the referral',
          'Due date from the referral',
          'The date the referral letter or contract gives for this IME report.',
        )}
      </div>
    );
  }

  return (
    <div className={styles.list}>
      <div className={styles.row}>
        {date(
          'supplementalRequestDate',
          'Supplemental report requested on',
          'Supplemental report request date',
          `Only for a supplemental report: it is due ${RULES['supplemental-report-due'].days} days after the written request.`,
        )}
        {value.supplementalRequestDate && (
          <WholeNumberInput
            label="Extra days agreed by the parties"
            hint={`0 to ${AGREEMENT_MAX} days, without the Medical Director.`}
            ariaLabel="Extra days agreed by the parties"
            className={local.days}
            required
            min={0}
            max={AGREEMENT_MAX}
            unit=" days"
            value={value.agreedExtraDays}
            onChange={(v) => v !== null && emit({ agreedExtraDays: v })}
            message={issues.agreedExtraDays}
          />
        )}
      </div>
      <Checkbox
        label="An extension was requested (QME Form 112)"
        aria-label="Extension requested (QME Form 112)"
        checked={ext !== null}
        onChange={(_, d) =>
          emit({ extension: d.checked === true ? { kind: 'good-cause', days: MAX_DAYS['good-cause'], approved: false } : null })
        }
      />
      {ext && (
        <div className={styles.row}>
          <Field label="Ground" size="small" className={fit.medium} {...fieldState(issues['extension.kind'])}>
            <Select
              size="small"
              className={fit.fit}
              select={{ className: fit.fitSelect }}
              aria-label="Extension ground"
              value={ext.kind}
              onChange={(_, d) => emit({ extension: { ...ext, kind: d.value as Extension['kind'] } })}
            >
              {EXTENSION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EXTENSION_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
          <WholeNumberInput
            label="Days"
            ariaLabel="Extension days"
            className={local.days}
            required
            min={1}
            max={MAX_DAYS['pending-tests']}
            unit=" days"
            value={ext.days}
            onChange={(v) => v !== null && emit({ extension: { ...ext, days: v } })}
            message={issues['extension.days']}
          />
          <Checkbox
            className={local.approved}
            label="Approved by the Medical Director"
            aria-label="Extension approved"
            checked={ext.approved}
            onChange={(_, d) => emit({ extension: { ...ext, approved: d.checked === true } })}
          />
        </div>
      )}
    </div>
  );
}

const useStyles = makeStyles({
  date: { flexBasis: '14rem', minWidth: 0 },
  days: { flexBasis: '12rem', minWidth: 0 },
  approved: { marginTop: tokens.spacingVerticalL },
});
