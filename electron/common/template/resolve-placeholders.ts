// Fills {{placeholders}} in a template's fixed text from case values. A value not entered yet prints as "[its label]",
// so a draft never silently drops words from a declaration; the caller also gets the list of what is missing.
import { formatUsDate, isValidIsoDate } from '../util/iso-date';
import { boundFieldSpec } from './bound-fields';
import { VALUE_NAME, templateFields, type Template } from './template-schema';
import { boundFieldWord, vocabularyOf } from './vocabulary';

export type TemplateValue = string | number | boolean | null | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export interface PlaceholderInfo {
  /** Noun phrase shown in brackets while the value is missing, e.g. "county of signing". */
  label: string;
  format?: (value: string | number | boolean) => string;
}
export type PlaceholderLookup = (name: string) => PlaceholderInfo | undefined;

export interface PlaceholderMatch {
  name: string;
  /** The placeholder as written, braces included. */
  raw: string;
  start: number;
  end: number;
}

export interface PlaceholderScan {
  placeholders: PlaceholderMatch[];
  /** Brace runs that are not a well-formed {{name}}, as written. */
  malformed: string[];
}

export interface ResolvedText {
  text: string;
  /** Names whose value is missing, once each, in order of first use. */
  missing: string[];
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export function scanPlaceholders(text: string): PlaceholderScan {
  const placeholders: PlaceholderMatch[] = [];
  const malformed: string[] = [];
  let rest = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index;
    const raw = m[0];
    const name = (m[1] ?? '').trim();
    rest += text.slice(last, start) + ' ';
    last = start + raw.length;
    if (VALUE_NAME.test(name)) placeholders.push({ name, raw, start, end: last });
    else malformed.push(raw);
  }
  rest += text.slice(last);
  // Double braces left over after taking out every {{…}} pair are typos such as "{{case.employer}" or "{case.employer}}".
  for (const m of rest.matchAll(/\{\{?[^{}\s]*\}?\}?|\}\}/g)) {
    if (m[0].includes('{{') || m[0].includes('}}')) malformed.push(m[0]);
  }
  return { placeholders, malformed };
}

/** Not entered yet: absent, null, blank text or NaN. */
export function isMissingValue(value: TemplateValue): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

function formatValue(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  return value;
}

export function missingText(label: string): string {
  // Lower-case the first letter so the bracket reads well mid-sentence, but keep acronyms ("QME number").
  const first = label.split(/\s+/)[0] ?? '';
  const keep = first.length > 1 && first === first.toUpperCase();
  return `[${keep ? label : label.charAt(0).toLowerCase() + label.slice(1)}]`;
}

/** Labels and formats of the app-provided fields (dates print as MM/DD/YYYY). */
const boundFieldLookup: PlaceholderLookup = (name) => {
  const spec = boundFieldSpec(name);
  if (!spec) return undefined;
  return { label: spec.label, ...(spec.type === 'date' ? { format: formatDate } : {}) };
};

/** Labels and formats of a template's own fields, then the app-provided ones. */
export function placeholderLookupFor(template: Template): PlaceholderLookup {
  const own = new Map<string, PlaceholderInfo>();
  for (const { field } of templateFields(template)) {
    if (field.type === 'date') own.set(field.id, { label: field.label, format: formatDate });
    else if (field.type === 'choice') {
      const labels = new Map(field.options.map((o) => [o.value, o.label]));
      own.set(field.id, { label: field.label, format: (v) => labels.get(String(v)) ?? formatValue(v) });
    } else own.set(field.id, { label: field.label });
  }
  // "[date of loss]" in an auto case, never California's "[date of injury]".
  const words = vocabularyOf(template);
  return (name) => {
    const found = own.get(name) ?? boundFieldLookup(name);
    const word = boundFieldWord(name, words);
    return found && word ? { ...found, label: word } : found;
  };
}

/**
 * Replaces each {{name}} with its value. Values are inserted as plain text and never expanded again.
 * Malformed braces are left as written; validate-template reports them.
 */
export function resolvePlaceholders(
  text: string,
  values: TemplateValues,
  lookup: PlaceholderLookup = boundFieldLookup,
): ResolvedText {
  const missing: string[] = [];
  const resolved = text.replace(PLACEHOLDER, (raw, inner: string, offset: number) => {
    const name = inner.trim();
    if (!VALUE_NAME.test(name)) return raw;
    const value = values[name];
    const info = lookup(name);
    if (value === undefined || value === null || isMissingValue(value)) {
      if (!missing.includes(name)) missing.push(name);
      return missingText(info?.label ?? name);
    }
    const printed = info?.format ? info.format(value) : formatValue(value);
    // "Avery Example, M.D." before the sentence's own period prints one period, not "M.D..".
    return printed.endsWith('.') && text[offset + raw.length] === '.' ? printed.slice(0, -1) : printed;
  });
  return { text: resolved, missing };
}

function formatDate(value: string | number | boolean): string {
  return typeof value === 'string' && isValidIsoDate(value) ? formatUsDate(value) : formatValue(value);
}
