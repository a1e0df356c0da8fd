// Fee inputs (ML code, modifiers with their meaning, how modifiers combine, pages or minutes) and the line items and total
// the summary computed from the saved inputs with the dated fee schedule table. Money is shown as $1,234.56.
import {
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FEE_SCHEDULES, ML_CODES, MODIFIER_CODES, type MlCode, type ModifierCode } from '../../../../electron/common/calc/fees';
import type { FeeInput } from '../../../../electron/common/case/discussion-model';
import type { FeeSummary } from '../../../../electron/common/case/discussion-summary';
import { EmptyState, useEditorStyles } from '../../components/list-editing';
import { FeeLineItems } from './FeeLineItems';
import { useDiscussionStyles } from './discussion-styles';
import { WholeNumberInput } from '../../components/whole-number-input';

export interface FeePanelProps {
  value: FeeInput | null;
  onChange: (value: FeeInput | null) => void;
  /** summary.fee: what the saved inputs come to; null before a code is chosen. */
  summary: FeeSummary | null;
}

/** Labels come from the newest schedule; the summary prices each service with the schedule in force on its date. */
const TABLE = FEE_SCHEDULES[FEE_SCHEDULES.length - 1]!;
const isTimed = (code: MlCode) => TABLE.codes[code].kind === 'time';

function newFeeInput(code: MlCode): FeeInput {
  return { code, modifiers: [], pagesReviewedOverride: null, minutes: null, combining: null };
}

function modifierBlocked(m: ModifierCode, fee: FeeInput): string | null {
  const rule = TABLE.modifiers[m];
  if (!rule.appliesTo.includes(fee.code)) return `Applies to ${rule.appliesTo.join(', ')}.`;
  const clash = fee.modifiers.find(
    (o) => o !== m && ((rule.excludes ?? []).includes(o) || (TABLE.modifiers[o].excludes ?? []).includes(m)),
  );
  return clash ? `Not with -${clash}.` : null;
}

export function FeePanel({ value, onChange, summary }: FeePanelProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const fit = useDiscussionStyles();
  const set = (patch: Partial<FeeInput>) => value && onChange({ ...value, ...patch });

  const codeSelect = (
    <Field label="Medical-legal code" size="small" className={fit.medium}>
      <Select
        size="small"
        className={fit.fit}
        select={{ className: fit.fitSelect }}
        aria-label="ML code"
        value={value?.code ?? ''}
        onChange={(_, d) => {
          if (!d.value) return onChange(null);
          const code = d.value as MlCode;
          // Modifiers that do not apply to the new code would only make the fee fail; they stay visible, unticked.
          onChange(
            value
              ? { ...value, code, modifiers: value.modifiers.filter((m) => TABLE.modifiers[m].appliesTo.includes(code)) }
              : newFeeInput(code),
          );
        }}
      >
        <option value="">Choose the code…</option>
        {ML_CODES.map((c) => (
          <option key={c} value={c}>
            {c}: {TABLE.codes[c].description}
          </option>
        ))}
      </Select>
    </Field>
  );
  if (!value) {
    return (
      <div className={styles.list}>
        {codeSelect}
        <EmptyState>
          Choose the medical-legal code (ML200–ML205) to see the fee under the Medical-Legal Fee Schedule, with record review
          beyond the included pages.
        </EmptyState>
      </div>
    );
  }

  const timed = isTimed(value.code);
  const rule = TABLE.codes[value.code];
  const fromRecords = summary?.pagesSource === 'records';
  return (
    <div className={styles.list}>
      <div className={styles.row}>
        {codeSelect}
        {timed ? (
          <WholeNumberInput
            label="Minutes spent"
            ariaLabel="Minutes spent"
            className={local.count}
            min={1}
            max={100_000}
            unit=" min"
            value={value.minutes}
            onChange={(v) => set({ minutes: v })}
          />
        ) : (
          <WholeNumberInput
            label={value.code === 'ML202' || value.code === 'ML203' ? 'Pages reviewed (not reviewed before)' : 'Pages reviewed'}
            hint={
              fromRecords
                ? `Records review counts ${summary?.pagesReviewed ?? 0} pages; that count is used.`
                : rule.kind === 'flat'
                  ? `Used until records review has a count. ${rule.includedPages} pages are included with ${value.code}.`
                  : undefined
            }
            ariaLabel="Pages reviewed (used until records review has a count)"
            className={local.count}
            min={0}
            max={1_000_000}
            unit=" pages"
            disabled={fromRecords}
            value={value.pagesReviewedOverride}
            onChange={(v) => set({ pagesReviewedOverride: v })}
          />
        )}
      </div>

      <fieldset className={local.fieldset}>
        <legend className={local.legend}>Modifiers</legend>
        {MODIFIER_CODES.map((m) => {
          const mod = TABLE.modifiers[m];
          const blocked = modifierBlocked(m, value);
          const checked = value.modifiers.includes(m);
          return (
            <div key={m} className={local.modifier}>
              <Checkbox
                label={`-${m} ${mod.label} (+${mod.percent}%)`}
                aria-label={`Modifier -${m}: ${mod.label}`}
                checked={checked}
                disabled={!checked && blocked !== null}
                onChange={(_, d) =>
                  set({ modifiers: d.checked === true ? [...value.modifiers, m] : value.modifiers.filter((x) => x !== m) })
                }
              />
              {(blocked ?? mod.note) && (
                <Caption1 className={local.muted}>{[blocked, mod.note].filter(Boolean).join(' ')}</Caption1>
              )}
            </div>
          );
        })}
      </fieldset>

      <Field
        label="How modifiers combine"
        hint={`Sources disagree and 8 CCR §9795 decides; check before billing. ${TABLE.modifierCombining.note}`}
        size="small"
      >
        <RadioGroup
          layout="horizontal"
          aria-label="Modifier combining method"
          value={value.combining ?? ''}
          onChange={(_, d) => set({ combining: d.value === 'additive' || d.value === 'multiplicative' ? d.value : null })}
        >
          <Radio value="" label={`Fee table default (${TABLE.modifierCombining.default})`} />
          <Radio value="additive" label="Additive (percentages added)" />
          <Radio value="multiplicative" label="Multiplicative (factors multiplied)" />
        </RadioGroup>
      </Field>

      {summary?.problems.map((p) => (
        <MessageBar key={p} intent="error">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      {summary?.result && <FeeLineItems result={summary.result} />}
      {[...(summary?.notes ?? []), ...(summary?.result?.warnings ?? [])].map((n) => (
        <Caption1 key={n} className={local.muted}>
          {n}
        </Caption1>
      ))}
    </div>
  );
}

const useStyles = makeStyles({
  count: { flexBasis: '14rem', minWidth: 0 },
  fieldset: { display: 'grid', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, border: 'none' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  modifier: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});
