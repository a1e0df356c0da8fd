// A whole-number field (percent by default) that keeps what the physician types on screen, with its message, and hands the
// parent only valid numbers; so a half-typed or out-of-range value is never saved and never snaps back mid-typing.
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { parseWholeNumber as parse } from './whole-number';

export interface WholeNumberInputProps {
  value: number | null;
  onChange: (value: number | null) => void;
  /** Names what the number is for, e.g. "WPI of Lumbar spine, injury 1". */
  ariaLabel: string;
  label?: string;
  hint?: string;
  /** When true an empty field is an error and is not handed on; otherwise empty means null. */
  required?: boolean;
  min?: number;
  max?: number;
  /** Shown after the number; "%" by default. */
  unit?: string;
  /** A message from outside (the schema or a calculator), shown when the typed text itself is fine. */
  message?: string;
  messageState?: 'error' | 'warning';
  disabled?: boolean;
  autoFocus?: boolean;
  className?: string;
}

const show = (v: number | null) => (v === null ? '' : String(v));

export function WholeNumberInput({
  value,
  onChange,
  ariaLabel,
  label,
  hint,
  required = false,
  min = 0,
  max = 100,
  unit = '%',
  message,
  messageState = 'error',
  disabled,
  autoFocus,
  className,
}: WholeNumberInputProps) {
  const [draft, setDraft] = useState(show(value));
  const focused = useRef(false);
  const parsed = parse(draft, min, max, unit, required);

  // A change from outside (another field, a conversion, another case) replaces the text unless the physician is typing here.
  useEffect(() => {
    if (focused.current) return;
    setDraft((d) => {
      const p = parse(d, min, max, unit, required);
      return !p.ok || p.value !== value ? show(value) : d;
    });
  }, [value, min, max, unit, required]);

  const local = parsed.ok ? undefined : parsed.message;
  const shown = local ?? message;
  const state = local ? 'error' : message ? messageState : 'none';
  return (
    <Field label={label} hint={hint} size="small" className={className} validationMessage={shown} validationState={state}>
      <Input
        size="small"
        type="number"
        inputMode="numeric"
        aria-label={ariaLabel}
        min={min}
        max={max}
        step={1}
        value={draft}
        disabled={disabled}
        autoFocus={autoFocus}
        contentAfter={unit || undefined}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          // A valid but different value (e.g. cleared to fall back on the conversion) shows what is now in use.
          const p = parse(draft, min, max, unit, required);
          if (p.ok && p.value !== value) setDraft(show(value));
        }}
        onChange={(_, d) => {
          setDraft(d.value);
          const p = parse(d.value, min, max, unit, required);
          if (p.ok && p.value !== value) onChange(p.value);
        }}
      />
    </Field>
  );
}
