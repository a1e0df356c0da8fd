// The impairment rules the report and the screen must apply alike: which WPI a rating row contributes (the entered WPI,
// else the conversion of its regional value) and how an injury's rows come to one value (combined largest first, or added
// with a written reason). The discussion summary (which feeds the report) and the editors' live preview both call these.
import { combineValues, type CombinedValuesResult } from '../calc/combined-values';
import { convertImpairment, type ConversionResult } from '../calc/regional-conversion';
import type { CombineOption, Impairment } from './discussion-model';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface WpiInUse {
  /** The WPI combined for this row: entered, else converted from the regional value, else null. */
  wpi: number | null;
  source: 'entered' | 'converted' | 'none';
  /** The conversion of the regional value whenever one was given with its level (also when a WPI was entered). */
  conversion: ConversionResult | null;
  /** Why the regional value could not be converted; null when it was, or when there is none. */
  conversionError: string | null;
}

export function wpiInUse(i: Pick<Impairment, 'regionalValue' | 'regionalLevel' | 'wpi'>): WpiInUse {
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

/** The injury's combine-or-add choice; "combine" when none was saved. */
export const combineOptionFor = (combine: readonly CombineOption[], injuryId: string): CombineOption =>
  combine.find((c) => c.injuryId === injuryId) ?? { injuryId, method: 'combine', addReason: '' };

export interface InjuryCombination {
  /** Body parts of the rows left out because they have no WPI yet, in row order. */
  missing: string[];
  /** The injury's value with its steps; null when no row has a WPI yet, or when the calculator refused (see problem). */
  result: CombinedValuesResult | null;
  /** Why the calculator refused (e.g. adding without a written reason); null otherwise. */
  problem: string | null;
}

/** One injury's rows (each with the WPI in use) brought to one whole-person value as the injury's choice says. */
export function combineInjury(
  rows: readonly { bodyPart: string; wpi: number | null }[],
  option: CombineOption,
): InjuryCombination {
  const missing = rows.filter((r) => r.wpi === null).map((r) => r.bodyPart);
  const usable = rows.filter((r): r is { bodyPart: string; wpi: number } => r.wpi !== null);
  if (usable.length === 0) return { missing, result: null, problem: null };
  try {
    const result = combineValues(
      usable.map((u) => ({ value: u.wpi, level: 'whole-person' as const, label: u.bodyPart })),
      option.method === 'add' ? { kind: 'add', reason: option.addReason } : { kind: 'combine' },
    );
    return { missing, result, problem: null };
  } catch (error) {
    return { missing, result: null, problem: messageOf(error) };
  }
}
