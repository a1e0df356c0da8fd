// Loads a dated, versioned rule table (JSON in ../rules) through zod at module load, so a bad edit fails loudly
// with the table's name instead of producing a quietly wrong deadline, fee or rating.
import { z } from 'zod';
import { isValidIsoDate } from '../util/iso-date';

export const ruleIsoDate = z.string().refine(isValidIsoDate, { message: 'must be a real ISO date (YYYY-MM-DD)' });

/** Confidence as used in docs/qme-ime-requirements.md: H (official text seen), M (secondary sources), L (weak or conflicting). */
export const confidenceSchema = z.enum(['H', 'H-M', 'M-H', 'M', 'L-M', 'L']);

const sourceSchema = z.object({
  citation: z.string().min(1),
  url: z.string().min(1).optional(),
  confidence: confidenceSchema,
  note: z.string().min(1).optional(),
});

/** Every table carries these, so a report can say which rules produced a number. */
export const ruleTableMeta = {
  id: z.string().min(1),
  version: z.string().min(1),
  effectiveFrom: ruleIsoDate,
  source: z.array(sourceSchema).min(1),
  notes: z.array(z.string().min(1)).optional(),
};

export interface RuleTableRef {
  id: string;
  version: string;
  effectiveFrom: string;
}

export function loadRuleTable<S extends z.ZodType>(fileName: string, schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `Rule table electron/common/rules/${fileName} is invalid; fix the JSON before running the app:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

export function tableRef(table: RuleTableRef): RuleTableRef {
  return { id: table.id, version: table.version, effectiveFrom: table.effectiveFrom };
}
