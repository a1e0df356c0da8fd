// How entered values read in the report: dates MM/DD/YYYY, yes/no as Yes/No or as the template's sentence, choices by
// their label (never the stored id), numbers and measurements with their unit, body parts with a status only when one
// was stated. Shared by field lines, table cells and the caption so each prints a value the same way.
import type { Injury } from '../../../common/case/structure-model';
import type { Field, TableColumn } from '../../../common/template/template-schema';
import { formatUsDate, isValidIsoDate } from '../../../common/util/iso-date';

export type PrintableValue = string | number | boolean | null | undefined;

/** Upper-cases the first letter: choice labels are written lower-case so they read well inside sentences. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isBlank(value: PrintableValue): value is null | undefined | '' {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

/** The value as printed, or null when nothing was entered. */
export function formatEnteredValue(spec: Field | TableColumn, value: PrintableValue): string | null {
  if (isBlank(value)) return null;
  switch (spec.type) {
    case 'date':
      return typeof value === 'string' && isValidIsoDate(value) ? formatUsDate(value) : String(value);
    case 'yes-no':
      if (typeof value === 'boolean') return value ? 'Yes' : 'No';
      return value === 'true' ? 'Yes' : value === 'false' ? 'No' : String(value);
    case 'choice': {
      const option = spec.options.find((o) => o.value === value);
      return sentenceCase(option ? option.label : String(value));
    }
    case 'number': {
      const text = typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
      if (!spec.unit) return text;
      return spec.unit === '%' ? `${text}%` : `${text} ${spec.unit}`;
    }
    case 'text':
    case 'longtext':
      return String(value);
    default: {
      const unhandled: never = spec;
      return String((unhandled as { type?: string }) && value);
    }
  }
}

/** A yes-no field's answer as the sentence its template prints for it; null when unanswered or the template gives none. */
export function yesNoStatement(field: Field, value: PrintableValue): string | null {
  if (field.type !== 'yes-no' || !field.printAs) return null;
  if (value === true || value === 'true') return field.printAs.yes;
  if (value === false || value === 'false') return field.printAs.no;
  return null;
}

/**
 * A claimed body part as printed: "Lumbar spine (accepted)", or just its name while its status is "undetermined", the
 * value a new body part starts with, so it stands for "not stated" (the stored value is left as it is).
 */
export function printedBodyPart(part: Injury['bodyParts'][number]): string {
  return part.status === 'undetermined' ? part.name : `${part.name} (${part.status})`;
}

/** An ISO date as MM/DD/YYYY; other text (e.g. "undated") as written. */
export function formatLooseDate(value: string): string {
  return isValidIsoDate(value) ? formatUsDate(value) : value;
}

const DEGREES = /^(°|deg|degs|degree|degrees)$/i;

/**
 * A measured value with its unit as a physician writes it: "40°" (for "degrees" too), "4+/5", "28 kg", "75%". A value
 * already written with its unit, or without a digit ("full", "WNL"), prints as entered; a blank value prints blank.
 */
export function formatMeasured(value: string, unit: string): string {
  const text = value.trim();
  const raw = unit.trim();
  if (!text || !raw || !/\d/.test(text)) return text;
  const printed = DEGREES.test(raw) ? '°' : raw;
  if (text.toLowerCase().endsWith(printed.toLowerCase()) || (printed === '°' && /\d\s*(deg\w*)$/i.test(text))) return text;
  const tight = printed === '°' || printed === '%' || printed.startsWith('/');
  return tight ? `${text}${printed}` : `${text} ${printed}`;
}

export function formatPercent(value: number): string {
  return `${value.toLocaleString('en-US')}%`;
}
