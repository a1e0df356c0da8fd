// The labelled inputs the editors repeat: a text field (with the suggestions it may offer) and a date field that show
// their issue below them, and the date input with the range every date of a case falls within. Controls are small.
import { Field, Input } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import { fieldState } from './list-editing';
import { adjacentTabbable } from './tab-order';

const FIRST_DATE = '1900-01-01';
const LAST_DATE = '2200-12-31';

interface FieldFrameProps {
  label?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /** The message of what is wrong with the value, if anything. */
  issue?: string;
}

export interface TextFieldProps extends FieldFrameProps {
  ariaLabel: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  type?: 'text' | 'tel' | 'email';
  /** The id of a datalist of suggestions. */
  list?: string;
  autoFocus?: boolean;
  onBlur?: () => void;
  inputClassName?: string;
}

export function TextField({
  label,
  hint,
  required,
  className,
  issue,
  ariaLabel,
  value,
  onChange,
  maxLength,
  type = 'text',
  list,
  autoFocus,
  onBlur,
  inputClassName,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} size="small" required={required} className={className} {...fieldState(issue)}>
      <Input
        type={type}
        className={inputClassName}
        aria-label={ariaLabel}
        list={list}
        maxLength={maxLength}
        value={value}
        autoFocus={autoFocus}
        onBlur={onBlur}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

/** The values a text field with `list={id}` suggests; any other text may still be typed. */
export function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}

export interface DateInputProps {
  ariaLabel: string;
  /** An ISO date, or null (shown empty) when there is none. */
  value: string | null;
  /** Hands on the ISO date, or null when the field is cleared. */
  onChange: (value: string | null) => void;
  autoFocus?: boolean;
  className?: string;
}

// Chromium's date input keeps Tab for its month/day/year parts, and after a whole date was typed the first Tab stayed in
// the year, so every later entry landed one field too low. Tab always leaves the field; "/" and the arrows move between parts.
export function tabOutOfDate(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const next = adjacentTabbable(event.currentTarget, event.shiftKey ? -1 : 1);
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function DateInput({ ariaLabel, value, onChange, autoFocus, className }: DateInputProps) {
  return (
    <Input
      type="date"
      className={className}
      aria-label={ariaLabel}
      min={FIRST_DATE}
      max={LAST_DATE}
      value={value ?? ''}
      autoFocus={autoFocus}
      onKeyDown={tabOutOfDate}
      onChange={(_, d) => onChange(d.value || null)}
    />
  );
}

export function DateField({ label, hint, required, className, issue, ...input }: FieldFrameProps & DateInputProps) {
  return (
    <Field label={label} hint={hint} size="small" required={required} className={className} {...fieldState(issue)}>
      <DateInput {...input} />
    </Field>
  );
}
