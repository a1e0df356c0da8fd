// Words shared by the discussion editors: how an injury and a body part are named in headings and aria-labels
// ("Lumbar spine, injury 1"), and the option labels of levels, factor kinds and LC §4664(c) regions from the rule tables.
import { IMPAIRMENT_LEVELS, levelLabel, type ImpairmentLevel } from '../../../../electron/common/calc/ama5-table';
import {
  BODY_REGIONS,
  FACTOR_KINDS,
  factorKindLabel,
  regionLabel,
  type BodyRegion,
  type FactorKind,
} from '../../../../electron/common/calc/apportionment';
import { bodyPartKey } from '../../../../electron/common/case/discussion-model';
import type { Injury } from '../../../../electron/common/case/structure-model';
import { describeInjuryDate } from '../../../../electron/common/report/template-values';

/** "injury 2": injuries are numbered by their order in the case, as in Case & parties. */
export const injuryName = (number: number) => `injury ${number}`;

/** "Lumbar spine, injury 1": the suffix of every per-body-part aria-label (number 0: an injury no longer in the case). */
export const partName = (bodyPart: string, injuryNumber: number) =>
  `${bodyPart.trim() || 'unnamed body part'}, ${injuryNumber > 0 ? injuryName(injuryNumber) : 'removed injury'}`;

/** "Injury 1 · DOI 03/02/2024" or "Injury 2 · CT 01/01/2020 – 03/01/2023". */
export function injuryHeading(injury: Injury | undefined, number: number): string {
  if (!injury) return 'Injury no longer in the case';
  const when = describeInjuryDate(injury);
  const date = when ? (injury.kind === 'cumulative' ? when : `DOI ${when}`) : '';
  return [`Injury ${number}`, date, injury.adjNumber].filter(Boolean).join(' · ');
}

/** The injury's body part names, once each (matched like the summary matches them), in the order entered. */
export function uniqueBodyParts(injury: Injury): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of injury.bodyParts) {
    const key = bodyPartKey(p.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(p.name.trim());
  }
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Levels a regional value can be given at (whole person is the WPI field itself). */
export const REGIONAL_LEVELS: readonly { value: ImpairmentLevel; label: string }[] = IMPAIRMENT_LEVELS.filter(
  (l) => l !== 'whole-person',
).map((l) => ({
  value: l,
  label: capitalize(levelLabel(l)),
}));

export const FACTOR_KIND_OPTIONS: readonly { value: FactorKind; label: string }[] = FACTOR_KINDS.map((k) => ({
  value: k,
  label: factorKindLabel(k),
}));

/** "D: Spine" */
export const regionOptionLabel = (r: BodyRegion) => `${r}: ${regionLabel(r)}`;
export const REGION_OPTIONS: readonly { value: BodyRegion; label: string }[] = BODY_REGIONS.map((r) => ({
  value: r,
  label: regionOptionLabel(r),
}));
