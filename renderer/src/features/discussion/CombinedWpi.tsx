// An injury's combined WPI with each Combined Values step, live as ratings are typed, and the choice to add instead of
// combine, which needs the written Kite/Vigil analysis of activities of daily living (ADL) before it counts.
import { Body1, Body1Strong, Caption1, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { CombineOption, Impairment } from '../../../../electron/common/case/discussion-model';
import { useCombinedStyles } from './discussion-styles';
import { injuryName } from './discussion-labels';
import { previewCombined } from './impairment-preview';

export interface CombinedWpiProps {
  injuryNumber: number;
  rows: readonly Impairment[];
  option: CombineOption;
  onChange: (option: CombineOption) => void;
}

const ADD_REASON_NEEDED =
  'Adding instead of combining needs a written reason: how each impairment affects activities of daily living and why they do not overlap, or why the overlap amplifies them (Kite; Vigil v. County of Kern).';

export function CombinedWpi({ injuryNumber, rows, option, onChange }: CombinedWpiProps) {
  const local = useCombinedStyles();
  const of = injuryName(injuryNumber);
  const preview = previewCombined(rows, option);
  const reasonMissing = option.method === 'add' && option.addReason.trim() === '';
  const reasonWarning = preview.warnings.join(' ');

  return (
    <div className={local.box}>
      <div role="status" aria-label={`Combined WPI for ${of}`} className={local.result}>
        <Body1Strong>Combined WPI: {preview.value === null ? '—' : `${preview.value}%`}</Body1Strong>
        {preview.value !== null && <Body1 className={local.steps}>{preview.stepsText || preview.explanation}</Body1>}
        {preview.problem && !reasonMissing && <Caption1 className={local.muted}>{preview.problem}</Caption1>}
        {reasonMissing && <Caption1 className={local.muted}>Shown once the reason for adding is written.</Caption1>}
      </div>
      {preview.missing.length > 0 && preview.value !== null && (
        <Caption1 className={local.muted}>Not included until it has a WPI: {preview.missing.join(', ')}.</Caption1>
      )}
      <RadioGroup
        layout="horizontal"
        aria-label={`Combining method for ${of}`}
        value={option.method}
        onChange={(_, d) => onChange({ ...option, method: d.value === 'add' ? 'add' : 'combine' })}
      >
        <Radio value="combine" label="Combine (Combined Values Chart)" />
        <Radio value="add" label="Add instead of combine" />
      </RadioGroup>
      {option.method === 'add' && (
        <Field
          label="Reason for adding (Kite / Vigil analysis of activities of daily living)"
          hint="For each impairment, its effect on activities of daily living (ADL), and why the effects do not overlap or why the overlap amplifies them. “Synergistic” alone is not enough."
          size="small"
          required
          validationMessage={reasonMissing ? ADD_REASON_NEEDED : reasonWarning || undefined}
          validationState={reasonMissing ? 'error' : reasonWarning ? 'warning' : 'none'}
        >
          <Textarea
            size="small"
            aria-label={`Reason for adding instead of combining, ${of}`}
            resize="vertical"
            rows={3}
            maxLength={20_000}
            value={option.addReason}
            onChange={(_, d) => onChange({ ...option, addReason: d.value })}
          />
        </Field>
      )}
    </div>
  );
}
