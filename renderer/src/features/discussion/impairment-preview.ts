// Instant feedback while ratings are typed: each row's WPI in use (entered, or converted from the regional value) and each
// injury's combined value, from the same pure calculators the discussion summary uses, so screen and report agree.
import { combineValues } from '../../../../electron/common/calc/combined-values';
import { convertImpairment, type ConversionResult } from '../../../../electron/common/calc/regional-conversion';
import type { CombineOption, Impairment } from '../../../../electron/common/case/discussion-model';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface RowPreview {
  /** The WPI combined for this row: entered, else converted, else null. */
  wpi: number | null;
  source: 'entered' | 'converted' | 'none';
  conversion: ConversionResult | null;
  conversionError: string | null;
}

export function previewRow(i: Pick<Impairment, 'regionalValue' | 'regionalLevel' | 'wpi'>): RowPreview {
  let conversion: ConversionResult | null = null;
  let conversionError: string | null = null;
  if (i.regionalValue !== null && i.regionalLevel !== null) {
    try {
      conversion = convertImpairment(i.regionalValue, i.regionalLevel, 'whole-person');
    } catch (error) {
      conversionError = messageOf(error);
    }
  }
  const converted = conversion?.value ?? null;
  return {
    wpi: i.wpi ?? converted,
    source: i.wpi !== null ? 'entered' : converted !== null ? 'converted' : 'none',
    conversion,
    conversionError,
  };
}

export interface CombinedPreview {
  value: number | null;
  method: 'combine' | 'add';
  /** "30 C 20 = 44, 44 C 10 = 50"; empty with one value or none. */
  stepsText: string;
  explanation: string;
  warnings: string[];
  /** Why no value can be shown (e.g. "add" without its reason); null when value is set. */
  problem: string | null;
  /** Body parts left out because they have no WPI yet. */
  missing: string[];
}

export const combineOptionFor = (combine: readonly CombineOption[], injuryId: string): CombineOption =>
  combine.find((c) => c.injuryId === injuryId) ?? { injuryId, method: 'combine', addReason: '' };

/** Replaces (or adds) the injury's choice, keeping one choice per injury as the backend requires. */
export function withCombineOption(combine: readonly CombineOption[], option: CombineOption): CombineOption[] {
  return combine.some((c) => c.injuryId === option.injuryId) ? combine.map((c) => (c.injuryId === option.injuryId ? option : c)) : [...combine, option];
}

export function previewCombined(rows: readonly Impairment[], option: CombineOption): CombinedPreview {
  const usable = rows.map((r) => ({ row: r, wpi: previewRow(r).wpi })).filter((u): u is { row: Impairment; wpi: number } => u.wpi !== null);
  const missing = rows.filter((r) => previewRow(r).wpi === null).map((r) => r.bodyPart);
  const base = { method: option.method, warnings: [] as string[], missing };
  if (usable.length === 0) {
    return { ...base, value: null, stepsText: '', explanation: '', problem: 'Enter a WPI (or a regional value with its level) to see the combined value.' };
  }
  try {
    const r = combineValues(
      usable.map((u) => ({ value: u.wpi, level: 'whole-person' as const, label: u.row.bodyPart })),
      option.method === 'add' ? { kind: 'add', reason: option.addReason } : { kind: 'combine' },
    );
    return { ...base, value: r.value, stepsText: r.steps.join(', '), explanation: r.explanation, warnings: r.warnings, problem: null };
  } catch (error) {
    return { ...base, value: null, stepsText: '', explanation: '', problem: messageOf(error) };
  }
}
