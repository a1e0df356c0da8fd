// The compliance check's rule table (../rules/compliance-checks.json), validated at load: which checks exist, which report
// kind each applies to, the requirement ids and values each looks for, statutory text and phrases, word minimums, messages.
import { z } from 'zod';
import table from '../rules/compliance-checks.json';
import { loadRuleTable, ruleTableMeta } from '../calc/rule-table';
import { ARENAS, GENERATORS, REQUIREMENT_ID, STEPS, TEMPLATE_REPORT_KINDS, VALUE_NAME } from '../template/template-schema';

const CHECK_KINDS = [
  'caption',
  'exam-place',
  'sections',
  'statement',
  'signature',
  'questions',
  'page-verification',
  'pd-impairments',
  'pd-apportionment',
  'apportionment-total',
  'apportionment-explanations',
  'region-caps',
  'rebuttal',
  'across-injuries',
  'consistency',
  'timeliness',
  'encounter-character',
  'interpreter-modifier',
  'narrative-numbers',
  'other-sections',
] as const;

const valueName = z.string().regex(VALUE_NAME);
const checkSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/),
  appliesTo: z.array(z.enum(TEMPLATE_REPORT_KINDS)).min(1),
  /** The legal arenas the check belongs to (e.g. California case law only in California); all when absent. */
  arenas: z.array(z.enum(ARENAS)).min(1).optional(),
  kind: z.enum(CHECK_KINDS),
  /** Whether a missing item marks the report incomplete; non-blocking checks only ever warn. */
  blocking: z.boolean(),
  label: z.string().min(1),
  /** Shown with the item and used in its messages: a regulation, a case or a plain-words basis, never a working note. */
  citation: z.string().min(1),
  /** Where the requirement was researched (docs/qme-ime-requirements.md) and how sure it is; never shown. */
  researchNote: z.string().min(1).optional(),
  /** Sections this check looks at: those whose `satisfies` names one of these ids … */
  requirementIds: z.array(z.string().regex(REQUIREMENT_ID)).default([]),
  /** … or whose generator is one of these. */
  generators: z.array(z.enum(GENERATORS)).default([]),
  /** "all": every required section must be filled; "any": one filled section is enough (the element is spread over many). */
  match: z.enum(['all', 'any']).default('all'),
  allowNotApplicable: z.boolean().default(false),
  /** A template of the report kind must have such a section; without one the check fails instead of being skipped. */
  requiredInTemplate: z.boolean().default(false),
  requiredValues: z.array(valueName).default([]),
  perInjuryDates: z.boolean().default(false),
  adjPerInjury: z.enum(['warn', 'ignore']).default('ignore'),
  remote: z.strictObject({ field: valueName, agreementField: valueName }).optional(),
  notIncludedMessage: z.string().min(1).optional(),
  verbatim: z.string().min(1).optional(),
  phrases: z.array(z.string().min(1)).default([]),
  requireAtLeastOne: z.boolean().default(false),
  weakAnswers: z.array(z.string().min(1)).default([]),
  psFields: z
    .array(
      z.strictObject({
        status: valueName,
        date: valueName,
        permanent: z.array(z.string()).min(1),
        notPermanent: z.array(z.string()).min(1),
      }),
    )
    .default([]),
  messages: z.record(z.string(), z.string().min(1)).default({}),
  /** encounter-character: days after the injury from which an "initial encounter" code is questioned. */
  initialEncounterDays: z.int().min(1).optional(),
});
export type ComplianceCheckRule = z.output<typeof checkSchema>;

const schema = z
  .object({
    ...ruleTableMeta,
    notApplicablePrefix: z.string().min(1),
    minWords: z.object({ notApplicableReason: z.int().min(1), almarazGuzmanReasons: z.int().min(1) }),
    valueSteps: z.record(z.string(), z.enum(STEPS)),
    checks: z.array(checkSchema).min(1),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    for (const c of t.checks) {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: `check id "${c.id}" is used twice` });
      seen.add(c.id);
      if (c.kind === 'encounter-character' && c.initialEncounterDays === undefined)
        ctx.addIssue({ code: 'custom', message: `check "${c.id}" needs initialEncounterDays` });
    }
  });

export const COMPLIANCE_RULES = loadRuleTable('compliance-checks.json', schema, table);
