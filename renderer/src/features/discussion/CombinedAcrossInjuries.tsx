// The case's choice to combine the injuries' values into one (the Benson exception): a switch, the required reason the
// disability cannot be parsed among the injuries, the live steps of the combination, and Undo after turning it off.
import { Body1, Body1Strong, Button, Caption1, Field, Switch, Textarea } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { countWords } from '../../../../electron/common/calc/whole-percent';
import {
  COMBINE_ACROSS_REASON_MIN_WORDS,
  CombineAcrossSchema,
  type CombineAcross,
} from '../../../../electron/common/case/discussion-model';
import { useCombinedStyles } from './discussion-styles';
import { issuesOf } from '../../components/list-editing';
import type { AcrossInjuriesPreview } from './impairment-preview';

export interface CombinedAcrossInjuriesProps {
  value: CombineAcross;
  preview: AcrossInjuriesPreview;
  onChange: (value: CombineAcross) => void;
}

const SWITCH_LABEL = 'Combine across injuries (Benson exception)';
// As long as the list editors' "Removed … Undo" notice.
const UNDO_MS = 8000;

export function CombinedAcrossInjuries({ value, preview, onChange }: CombinedAcrossInjuriesProps) {
  const local = useCombinedStyles();
  const helpId = useId();
  const switchRef = useRef<HTMLInputElement>(null);
  // The Undo after turning the choice off; the reason stays with the choice, so Undo only turns it on again.
  const [undoSeq, setUndoSeq] = useState<number | null>(null);
  useEffect(() => {
    if (undoSeq === null) return;
    const timer = setTimeout(() => setUndoSeq(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undoSeq]);

  const toggle = (on: boolean) => {
    onChange({ ...value, on });
    setUndoSeq(on ? null : (undoSeq ?? 0) + 1);
  };
  const words = countWords(value.reason);
  const reasonIssue = issuesOf(CombineAcrossSchema, value).reason;

  return (
    <section aria-label="Combining across injuries" className={local.box}>
      <Switch
        ref={switchRef}
        label={SWITCH_LABEL}
        aria-describedby={helpId}
        checked={value.on}
        onChange={(_, d) => toggle(d.checked)}
      />
      <Caption1 id={helpId} className={local.muted}>
        Off, each injury is rated and combined on its own, as Benson requires. Turn it on only when the disability caused by each
        injury cannot be parsed: the report then also combines the injuries’ values into one, with your reason.
      </Caption1>
      <div role="status" aria-live="polite">
        {undoSeq !== null && !value.on && (
          <span key={undoSeq}>
            <Body1>Combining across injuries is off{value.reason.trim() ? '; your reason is kept' : ''}. </Body1>
            <Button
              size="small"
              appearance="transparent"
              onClick={() => {
                toggle(true);
                // The Undo button goes with the notice; the switch it undid keeps the focus.
                switchRef.current?.focus();
              }}
            >
              Undo
            </Button>
          </span>
        )}
      </div>
      {value.on && (
        <>
          <Field
            label="Why the injuries cannot be parsed"
            hint={`Printed after the combined value as “The injuries cannot be parsed: …”. ${words} of at least ${COMBINE_ACROSS_REASON_MIN_WORDS} words.`}
            size="small"
            required
            validationMessage={reasonIssue}
            validationState={reasonIssue ? 'error' : 'none'}
          >
            <Textarea
              size="small"
              aria-label="Reason the injuries cannot be parsed"
              resize="vertical"
              rows={3}
              maxLength={20_000}
              value={value.reason}
              onChange={(_, d) => onChange({ ...value, reason: d.value })}
            />
          </Field>
          <div role="status" aria-label="Combined WPI across injuries" className={local.result}>
            <Body1Strong>Combined across injuries: {preview.value === null ? '—' : `${preview.value}%`}</Body1Strong>
            {preview.value !== null && (
              <Body1 className={local.steps}>
                {preview.valuesText}: {preview.stepsText}
              </Body1>
            )}
            {preview.problem && <Caption1 className={local.muted}>{preview.problem}</Caption1>}
          </div>
          {preview.missing.length > 0 && preview.value !== null && (
            <Caption1 className={local.muted}>Not included until it has a combined value: {preview.missing.join(', ')}.</Caption1>
          )}
        </>
      )}
    </section>
  );
}
