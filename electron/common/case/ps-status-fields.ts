// The permanent-and-stationary (P&S) status is kept once, as the discussion's status (it also knows MMI). A template
// that asks for P&S in its own fields (psStatus, psDate) shows and prints values derived from that status, and an edit
// of one of those fields becomes a new status; the fields themselves are never saved.
import type { PsStatus } from './discussion-model';
import type { FieldValue } from './structure-model';
import type { Template } from '../template/template-schema';
import { templateUses } from '../template/template-uses';

export type PsFieldValues = { psStatus: FieldValue; psDate: FieldValue };
const PS_FIELDS = ['psStatus', 'psDate'] as const;

/** Whether the template has its own P&S fields. */
export const templateHasPsFields = (template: Template): boolean => templateUses(template, 'psStatus');

/** The template's P&S fields for a status; MMI shows as permanent and stationary (the field has no MMI choice). */
export function psFieldValues(ps: PsStatus | null): PsFieldValues {
  if (!ps) return { psStatus: null, psDate: null };
  return { psStatus: ps.status === 'not-yet' ? 'not-permanent-and-stationary' : 'permanent-and-stationary', psDate: ps.date };
}

/** The status the template's P&S fields say, e.g. after the physician changed one of them. */
export function psFromFieldValues(fields: PsFieldValues): PsStatus | null {
  const { psStatus, psDate } = fields;
  if (psStatus === 'permanent-and-stationary')
    return { status: 'permanent-and-stationary', date: typeof psDate === 'string' ? psDate : null };
  if (psStatus === 'not-permanent-and-stationary') return { status: 'not-yet', date: null };
  return null;
}

/** A patch of field values split into its P&S fields (null when it has none) and the rest. */
export function splitPsFields(patch: Record<string, FieldValue>): {
  ps: Partial<PsFieldValues> | null;
  rest: Record<string, FieldValue>;
} {
  const rest = { ...patch };
  const ps: Partial<PsFieldValues> = {};
  for (const name of PS_FIELDS) {
    if (!(name in patch)) continue;
    ps[name] = patch[name] as FieldValue;
    delete rest[name];
  }
  return { ps: Object.keys(ps).length > 0 ? ps : null, rest };
}
