// One impairment rating: body part, method, the Guides table cited, an optional regional value converted to WPI step by
// step, the WPI (converted unless the physician overrides it), the LC §4664(c) region, and the Almaraz/Guzman rebuttal.
import { Button, Caption1, Field, Select, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ImpairmentLevel } from '../../../../electron/common/calc/ama5-table';
import type { BodyRegion } from '../../../../electron/common/calc/apportionment';
import type { Impairment } from '../../../../electron/common/case/discussion-model';
import { inferBodyRegion } from '../../../../electron/common/case/discussion-summary';
import { wpiInUse } from '../../../../electron/common/case/impairment-rules';
import { TextField } from '../../components/fields';
import { RemoveButton, fieldState, useEditorStyles, type Issues } from '../../components/list-editing';
import { REGIONAL_LEVELS, REGION_OPTIONS, regionOptionLabel } from './discussion-labels';
import { useDiscussionStyles } from './discussion-styles';
import { WholeNumberInput } from '../../components/whole-number-input';
import { useVocabulary } from '../../hooks/use-vocabulary';

export interface ImpairmentRowProps {
  item: Impairment;
  /** "Lumbar spine, injury 1": ends every aria-label of the row. */
  name: string;
  /** The injury's body parts, offered in the body part select. */
  bodyParts: readonly string[];
  issues: Issues;
  autoFocus?: boolean;
  onChange: (item: Impairment) => void;
  onRemove: () => void;
  /** Turning the rebuttal off drops its text, so the parent offers Undo. */
  onRemoveRebuttal: () => void;
  /** False when the case is rated by another edition than the 5th, whose conversion tables the tools use. */
  fifthEditionTools?: boolean;
}

export function ImpairmentRow({
  item,
  name,
  bodyParts,
  issues,
  autoFocus,
  onChange,
  onRemove,
  onRemoveRebuttal,
  fifthEditionTools = true,
}: ImpairmentRowProps) {
  const words = useVocabulary();
  const styles = useEditorStyles();
  const local = useStyles();
  const fit = useDiscussionStyles();
  const set = (patch: Partial<Impairment>) => onChange({ ...item, ...patch });
  const preview = wpiInUse(item);
  const converted = preview.conversion?.value ?? null;
  const parts = bodyParts.some((p) => p === item.bodyPart) ? bodyParts : [item.bodyPart, ...bodyParts];
  const ag = item.almarazGuzman;

  const wpiHint =
    preview.source === 'converted'
      ? 'Converted from the regional value; type a number to override.'
      : preview.source === 'entered' && converted !== null && converted !== item.wpi
        ? `Entered; the conversion gives ${converted}%.`
        : undefined;
  const text = (key: 'method' | 'citation', label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      className={styles.grow}
      issue={issues[key]}
      ariaLabel={`${label} for ${name}`}
      maxLength={300}
      value={item[key]}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <div role="group" aria-label={`Impairment of ${name}`} className={styles.card}>
      <div className={styles.row}>
        <BodyPartSelect
          label="Body part"
          issue={issues.bodyPart}
          ariaLabel={`Body part of ${name}`}
          parts={parts}
          value={item.bodyPart}
          autoFocus={autoFocus}
          onChange={(bodyPart) => set({ bodyPart })}
        />
        {text('method', 'Method', 'e.g. DRE Lumbar Category III')}
        {text('citation', 'Guides table or figure', 'e.g. Table 15-3, p. 384')}
        <RemoveButton what={`impairment of ${name}`} className={local.remove} onClick={onRemove} />
      </div>
      <div className={styles.row}>
        {fifthEditionTools && (
          <>
            <WholeNumberInput
              label="Regional value"
              ariaLabel={`Regional value of ${name}`}
              className={local.number}
              value={item.regionalValue}
              onChange={(v) => set({ regionalValue: v })}
              message={issues.regionalValue}
            />
            <Field label="Level" size="small" className={styles.narrow} {...fieldState(issues.regionalLevel)}>
              <Select
                size="small"
                aria-label={`Regional level of ${name}`}
                value={item.regionalLevel ?? ''}
                onChange={(_, d) => set({ regionalLevel: (d.value || null) as ImpairmentLevel | null })}
              >
                <option value="">—</option>
                {REGIONAL_LEVELS.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </Select>
            </Field>
          </>
        )}
        <WholeNumberInput
          label="Whole person impairment (WPI)"
          ariaLabel={`WPI of ${name}`}
          className={local.wpi}
          value={preview.wpi}
          onChange={(v) => set({ wpi: v })}
          hint={wpiHint}
          message={issues.wpi}
        />
        {preview.source === 'entered' && converted !== null && converted !== item.wpi && (
          <Button
            size="small"
            className={local.remove}
            aria-label={`Use the converted ${converted}% as the WPI of ${name}`}
            onClick={() => set({ wpi: null })}
          >
            Use {converted}%
          </Button>
        )}
        {words.california && (
          <Field label="LC §4664(c) region" size="small" className={styles.grow} {...fieldState(issues.region)}>
            <Select
              size="small"
              className={fit.fit}
              select={{ className: fit.fitSelect }}
              aria-label={`Body region of ${name}`}
              value={item.region ?? ''}
              onChange={(_, d) => set({ region: (d.value || null) as BodyRegion | null })}
            >
              <option value="">Automatic ({regionOptionLabel(inferBodyRegion(item.bodyPart))})</option>
              {REGION_OPTIONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {preview.conversion && preview.conversion.steps.length > 0 && (
        <ol aria-label={`Conversion of ${name}`} className={local.steps}>
          {preview.conversion.steps.map((s) => (
            <li key={s.text}>
              <Caption1>{s.text}</Caption1>
            </li>
          ))}
        </ol>
      )}
      {preview.conversionError && <Caption1 className={local.problem}>{preview.conversionError}</Caption1>}
      {words.california && (
        <>
          <Switch
            label="Rebut the strict rating (Almaraz/Guzman)"
            aria-label={`Rebut the strict rating (Almaraz/Guzman) for ${name}`}
            checked={ag !== null}
            onChange={(_, d) => {
              if (!d.checked) onRemoveRebuttal();
              else {
                const wpi = preview.wpi ?? 0;
                set({ almarazGuzman: { strictWpi: wpi, alternativeWpi: wpi, reasons: '' } });
              }
            }}
          />
          {ag && (
            <div className={local.rebuttal}>
              <div className={styles.row}>
                <WholeNumberInput
                  required
                  label="Strict rating (WPI)"
                  ariaLabel={`Strict WPI of ${name}`}
                  className={local.wpi}
                  value={ag.strictWpi}
                  onChange={(v) => v !== null && set({ almarazGuzman: { ...ag, strictWpi: v } })}
                  message={issues['almarazGuzman.strictWpi']}
                />
                <WholeNumberInput
                  required
                  label="Alternative rating (WPI)"
                  ariaLabel={`Alternative WPI of ${name}`}
                  className={local.wpi}
                  value={ag.alternativeWpi}
                  onChange={(v) => v !== null && set({ almarazGuzman: { ...ag, alternativeWpi: v } })}
                  message={
                    issues['almarazGuzman.alternativeWpi'] ??
                    (preview.wpi !== null && preview.wpi !== ag.alternativeWpi
                      ? `The WPI combined above is ${preview.wpi}%, not the alternative.`
                      : undefined)
                  }
                  messageState={issues['almarazGuzman.alternativeWpi'] ? 'error' : 'warning'}
                />
              </div>
              <Field
                label="Reasons"
                hint="Why the strict rating is not accurate, and why the alternative, within the four corners of the Guides, is more accurate, in reasonable medical probability."
                size="small"
                {...fieldState(issues['almarazGuzman.reasons'])}
              >
                <Textarea
                  size="small"
                  aria-label={`Almaraz/Guzman reasons for ${name}`}
                  resize="vertical"
                  rows={3}
                  maxLength={20_000}
                  value={ag.reasons}
                  onChange={(_, d) => set({ almarazGuzman: { ...ag, reasons: d.value } })}
                />
              </Field>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** A choice among an injury's body parts, as the row and "Add impairment" offer them. */
export function BodyPartSelect({
  label,
  issue,
  ariaLabel,
  parts,
  value,
  autoFocus,
  onChange,
}: {
  label?: string;
  issue?: string;
  ariaLabel: string;
  parts: readonly string[];
  value: string;
  autoFocus?: boolean;
  onChange: (bodyPart: string) => void;
}) {
  const styles = useEditorStyles();
  return (
    <Field label={label} size="small" className={styles.narrow} {...fieldState(issue)}>
      <Select size="small" aria-label={ariaLabel} value={value} autoFocus={autoFocus} onChange={(_, d) => onChange(d.value)}>
        {parts.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
    </Field>
  );
}

const useStyles = makeStyles({
  number: { flexBasis: '8rem', minWidth: 0 },
  wpi: { flexBasis: '11rem', minWidth: 0 },
  remove: { marginTop: tokens.spacingVerticalL },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  rebuttal: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});
