// The impairment rules the report and the screen must apply alike: which WPI a rating row contributes (the entered WPI,
// else the conversion of its regional value), how an injury's rows come to one value (combined largest first, or added
// with a written reason), and how the injuries' values combine into one when the physician cannot parse them (Benson).
// The discussion summary (which feeds the report) and the editors' live preview both call these.
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

export interface AcrossInjuriesCombination {
  /** The injuries with a value, largest first: the order the Combined Values Chart takes them in. */
  parts: { injuryId: string; label: string; value: number }[];
  /** Labels of the injuries with ratings but no value yet (left out), in the order given. */
  missing: string[];
  /** The injuries' values combined with their steps; null with fewer than two values (see problem). */
  result: CombinedValuesResult | null;
  problem: string | null;
}

/**
 * The Benson exception: each injury's own value (combined or added within the injury, as its choice says) combined with
 * the others' on the Combined Values Chart, largest first, each step rounded as within an injury. Injuries are never added
 * to each other: adding needs a per-impairment analysis of daily activities (Kite/Vigil), which is made within an injury.
 */
export function combineAcrossInjuries(
  injuries: readonly { injuryId: string; label: string; value: number | null }[],
): AcrossInjuriesCombination {
  const missing = injuries.filter((i) => i.value === null).map((i) => i.label);
  const parts = injuries
    .filter((i): i is { injuryId: string; label: string; value: number } => i.value !== null)
    .map(({ injuryId, label, value }) => ({ injuryId, label, value }))
    .sort((a, b) => b.value - a.value);
  if (parts.length < 2) {
    return {
      parts,
      missing,
      result: null,
      problem: 'Combining across injuries needs two or more injuries with a combined value.',
    };
  }
  try {
    const result = combineValues(parts.map((p) => ({ value: p.value, level: 'whole-person' as const, label: p.label })));
    return { parts, missing, result, problem: null };
  } catch (error) {
    return { parts, missing, result: null, problem: messageOf(error) };
  }
}
