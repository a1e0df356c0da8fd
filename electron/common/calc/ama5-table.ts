// The AMA Guides 5th-edition rule table (levels, regional conversion factors, combining rules), validated at load.
// Levels are the anatomical units a value is expressed in; only values at the same level may be combined.
import { z } from 'zod';
import table from '../rules/ama5-conversions.json';
import { confidenceSchema, loadRuleTable, ruleTableMeta } from './rule-table';

export const IMPAIRMENT_LEVELS = [
  'thumb',
  'index-finger',
  'middle-finger',
  'ring-finger',
  'little-finger',
  'hand',
  'upper-extremity',
  'foot',
  'lower-extremity',
  'whole-person',
] as const;
export type ImpairmentLevel = (typeof IMPAIRMENT_LEVELS)[number];
export const DIGIT_LEVELS = ['thumb', 'index-finger', 'middle-finger', 'ring-finger', 'little-finger'] as const;
export type DigitLevel = (typeof DIGIT_LEVELS)[number];

const level = z.enum(IMPAIRMENT_LEVELS);

const ama5Schema = z
  .object({
    ...ruleTableMeta,
    edition: z.string().min(1),
    levels: z.record(level, z.object({ label: z.string().min(1) })),
    conversions: z
      .array(
        z.object({
          from: level,
          to: level,
          factorHundredths: z.number().int().min(1).max(100),
          citation: z.string().min(1),
          confidence: confidenceSchema,
          status: z.string().min(1),
        }),
      )
      .min(1),
    rounding: z.object({ method: z.literal('half-up-each-step'), confidence: confidenceSchema, note: z.string() }),
    digitsToHand: z.object({ method: z.literal('add'), citation: z.string().min(1), confidence: confidenceSchema }),
    combinedValues: z.object({
      citation: z.string().min(1),
      formula: z.string().min(1),
      confidence: confidenceSchema,
      status: z.string(),
    }),
    addInstead: z.object({ citation: z.string().min(1), reasonMinWords: z.number().int().min(0), confidence: confidenceSchema }),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    for (const c of t.conversions) {
      if (seen.has(c.from))
        ctx.addIssue({ code: 'custom', message: `${c.from} has more than one conversion; each level converts one way.` });
      seen.add(c.from);
      if (c.from === c.to) ctx.addIssue({ code: 'custom', message: `${c.from} converts to itself.` });
    }
    if (seen.has('whole-person'))
      ctx.addIssue({ code: 'custom', message: 'whole-person is the top level and cannot convert further.' });
  });

export const AMA5 = loadRuleTable('ama5-conversions.json', ama5Schema, table);
export type Ama5Conversion = (typeof AMA5.conversions)[number];

export function levelLabel(l: ImpairmentLevel): string {
  return AMA5.levels[l].label;
}

export function isImpairmentLevel(value: unknown): value is ImpairmentLevel {
  return typeof value === 'string' && (IMPAIRMENT_LEVELS as readonly string[]).includes(value);
}
