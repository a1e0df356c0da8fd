// A whole-number field at the records forms' size (page numbers, declared page counts): keeps what is typed on screen
// with its message and hands on only valid numbers, so a half-typed value never replaces a saved one.
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { parseWholeNumber } from '../../components/whole-number';

export interface CountFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  required?: boolean;
  disabled?: boolean;
  hint?: string;
  /** A message from outside (the schema), shown when the typed text itself is fine. */
  message?: string;
}

const show = (v: number | null) => (v === null ? '' : String(v));

export function CountField({ label, value, onChange, min, max, required = false, disabled, hint, message }: CountFieldProps) {
  const [draft, setDraft] = useState(show(value));
  const focused = useRef(false);
  const parsed = parseWholeNumber(draft, min, max, '', required);

  useEffect(() => {
    if (focused.current) return;
    setDraft((d) => {
      const p = parseWholeNumber(d, min, max, '', required);
      return !p.ok || p.value !== value ? show(value) : d;
    });
  }, [value, min, max, required]);

  const local = parsed.ok ? undefined : parsed.message;
  const shown = disabled ? undefined : (local ?? message);
  return (
    <Field label={label} hint={hint} validationMessage={shown} validationState={shown ? 'error' : 'none'}>
      <Input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        disabled={disabled}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          const p = parseWholeNumber(draft, min, max, '', required);
          if (p.ok && p.value !== value) setDraft(show(value));
        }}
        onChange={(_, d) => {
          setDraft(d.value);
          const p = parseWholeNumber(d.value, min, max, '', required);
          if (p.ok && p.value !== value) onChange(p.value);
        }}
      />
    </Field>
  );
}
