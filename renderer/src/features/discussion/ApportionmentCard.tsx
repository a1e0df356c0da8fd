// Apportionment of one body part for one injury (LC §4663; Escobedo): the industrial share and each other factor with its
// percent and how-and-why explanation, a live total that must reach 100%, or "cannot apportion" with the specific reasons.
import { Body1Strong, Button, Caption1, Checkbox, Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { APPORTIONMENT_RULES, type ApportionmentIssue, type FactorKind } from '../../../../electron/common/calc/apportionment';
import { checkApportionment } from '../../../../electron/common/case/discussion-summary';
import type { Apportionment, ApportionmentFactorInput } from '../../../../electron/common/case/discussion-model';
import { TextField } from '../../components/fields';
import { RemoveButton, replaceAt, useEditorStyles } from '../../components/list-editing';
import { FACTOR_KIND_OPTIONS } from './discussion-labels';
import { WholeNumberInput } from '../../components/whole-number-input';

export interface ApportionmentCardProps {
  item: Apportionment;
  /** "Lumbar spine, injury 1": ends every aria-label of the card. */
  name: string;
  /** "injury 1", used in the calculator's messages. */
  injury: string;
  /** Why the card stands out, e.g. the body part is no longer listed for the injury. */
  note?: string;
  autoFocus?: boolean;
  onChange: (item: Apportionment) => void;
  onRemove: () => void;
  onRemoveFactor: (index: number) => void;
}

const MAX_FACTORS = 20;
const TOTAL = APPORTIONMENT_RULES.totalPercent;

function fieldFlag(issue: ApportionmentIssue | undefined) {
  return { validationMessage: issue?.message, validationState: issue ? issue.severity : ('none' as const) };
}

export function ApportionmentCard({
  item,
  name,
  injury,
  note,
  autoFocus,
  onChange,
  onRemove,
  onRemoveFactor,
}: ApportionmentCardProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const set = (patch: Partial<Apportionment>) => onChange({ ...item, ...patch });
  const setFactor = (k: number, patch: Partial<ApportionmentFactorInput>) =>
    set({ factors: replaceAt(item.factors, k, { ...item.factors[k]!, ...patch }) });
  const check = checkApportionment(item, injury);
  const issue = (field: string) => check.issues.find((i) => i.field === field);
  const total = (item.industrialPercent ?? 0) + item.factors.reduce((sum, f) => sum + f.percent, 0);

  return (
    <div role="group" aria-label={`Apportionment of ${name}`} className={styles.card}>
      <div className={styles.cardHeader}>
        <Body1Strong>{item.bodyPart}</Body1Strong>
        <RemoveButton what={`apportionment of ${name}`} onClick={onRemove} />
      </div>
      {note && <Caption1 className={local.note}>{note}</Caption1>}
      <Checkbox
        label="Cannot apportion: state the specific reasons instead (LC §4663(c))"
        aria-label={`Cannot apportion ${name}`}
        checked={item.cannotApportion}
        onChange={(_, d) => set({ cannotApportion: d.checked === true })}
      />
      {item.cannotApportion ? (
        <Field
          label="Specific reasons"
          hint={issue('reasons') ? undefined : APPORTIONMENT_RULES.cannotApportion.instruction}
          size="small"
          required
          {...fieldFlag(issue('reasons'))}
        >
          <Textarea
            size="small"
            aria-label={`Reasons apportionment cannot be determined for ${name}`}
            resize="vertical"
            rows={3}
            maxLength={20_000}
            autoFocus={autoFocus}
            value={item.cannotApportionReasons}
            onChange={(_, d) => set({ cannotApportionReasons: d.value })}
          />
        </Field>
      ) : (
        <>
          <div className={styles.row}>
            <WholeNumberInput
              label="Industrial"
              ariaLabel={`Industrial percent of ${name}`}
              className={local.percent}
              autoFocus={autoFocus}
              value={item.industrialPercent}
              onChange={(v) => set({ industrialPercent: v })}
              message={item.industrialPercent === null ? 'Enter the industrial percent.' : undefined}
            />
            <Field
              label="How and why this injury causes its share"
              size="small"
              className={styles.grow}
              {...fieldFlag(issue('industrial.explanation'))}
            >
              <Textarea
                size="small"
                aria-label={`Industrial explanation for ${name}`}
                resize="vertical"
                rows={2}
                maxLength={20_000}
                value={item.industrialExplanation}
                onChange={(_, d) => set({ industrialExplanation: d.value })}
              />
            </Field>
          </div>
          {item.factors.map((f, k) => (
            <FactorRow
              key={k}
              factor={f}
              number={k + 1}
              name={name}
              issue={issue}
              onChange={(patch) => setFactor(k, patch)}
              onRemove={() => onRemoveFactor(k)}
            />
          ))}
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<AddRegular />}
              aria-label={`Add factor for ${name}`}
              disabled={item.factors.length >= MAX_FACTORS}
              onClick={() =>
                set({ factors: [...item.factors, { kind: 'pre-existing-pathology', label: '', percent: 0, explanation: '' }] })
              }
            >
              Add factor
            </Button>
            {total === TOTAL ? (
              <div role="status" aria-label={`Apportionment total for ${name}`} className={local.ok}>
                Total: {total}%
              </div>
            ) : (
              <div role="alert" aria-label={`Apportionment total for ${name}`} className={local.error}>
                Total: {total}% — must be {TOTAL}%
              </div>
            )}
          </div>
          {total !== TOTAL && (
            <Caption1 className={local.note}>
              {total < TOTAL ? `${TOTAL - total}% is not assigned to any cause.` : `${total - TOTAL}% too much is assigned.`}
            </Caption1>
          )}
        </>
      )}
    </div>
  );
}

interface FactorRowProps {
  factor: ApportionmentFactorInput;
  number: number;
  name: string;
  issue: (field: string) => ApportionmentIssue | undefined;
  onChange: (patch: Partial<ApportionmentFactorInput>) => void;
  onRemove: () => void;
}

function FactorRow({ factor, number, name, issue, onChange, onRemove }: FactorRowProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const of = `factor ${number} for ${name}`;
  const field = (f: string) => issue(`factors.${number - 1}.${f}`);
  return (
    <div role="group" aria-label={`Factor ${number} for ${name}`} className={local.factor}>
      <div className={styles.row}>
        <Field label={`Factor ${number}`} size="small" className={styles.narrow} {...fieldFlag(field('kind'))}>
          <Select
            size="small"
            aria-label={`Kind of ${of}`}
            value={factor.kind}
            onChange={(_, d) => onChange({ kind: d.value as FactorKind })}
          >
            {FACTOR_KIND_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <TextField
          label="What it is"
          hint="e.g. degenerative disc disease L4-5"
          className={styles.grow}
          ariaLabel={`Label of ${of}`}
          maxLength={300}
          value={factor.label}
          onChange={(label) => onChange({ label })}
        />
        <WholeNumberInput
          required
          label="Percent"
          ariaLabel={`Percent of ${of}`}
          className={local.percent}
          value={factor.percent}
          onChange={(v) => v !== null && onChange({ percent: v })}
        />
        <RemoveButton what={of} className={local.remove} onClick={onRemove} />
      </div>
      <Field label="How and why it causes part of the permanent disability now" size="small" {...fieldFlag(field('explanation'))}>
        <Textarea
          size="small"
          aria-label={`Explanation of ${of}`}
          resize="vertical"
          rows={2}
          maxLength={20_000}
          value={factor.explanation}
          onChange={(_, d) => onChange({ explanation: d.value })}
        />
      </Field>
    </div>
  );
}

const useStyles = makeStyles({
  percent: { flexBasis: '7rem', minWidth: 0 },
  remove: { marginTop: tokens.spacingVerticalL },
  note: { color: tokens.colorNeutralForeground2 },
  factor: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
