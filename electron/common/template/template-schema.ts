// The shape of a report template file (sections, fields, tables, conditions, fixed text) as zod v4, and the types inferred from it.
// templates/template.schema.json is generated from this file (scripts/gen-template-schema.ts); cross-reference checks
// (unique ids, known placeholders, known condition fields) live in validate-template.ts because JSON Schema cannot express them.
import { z } from 'zod';

/** Workspace steps, in the order the physician works through them. */
export const STEPS = ['case', 'records', 'interview', 'examination', 'diagnoses', 'discussion', 'questions', 'review'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Readonly<Record<Step, string>> = {
  case: 'Case and parties',
  records: 'Records reviewed',
  interview: 'Interview (history)',
  examination: 'Examination',
  diagnoses: 'Diagnoses',
  discussion: 'Discussion',
  questions: 'Questions from the parties',
  review: 'Review and sign',
};

export const FIELD_TYPES = ['text', 'longtext', 'date', 'number', 'choice', 'yes-no'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Content the app builds from case data; `fixed-text` is a section made only of its fixed paragraphs (declarations). */
export const GENERATORS = [
  'caption',
  'injuries-table',
  'records-reviewed-table',
  'measurements-table',
  'diagnoses-table',
  'impairment-table',
  'apportionment-table',
  'party-questions-answers',
  'page-verification',
  'signature-block',
  'fixed-text',
] as const;

/** Mirrors REPORT_KINDS of the case model; a template is offered for cases of its kind. */
export const TEMPLATE_REPORT_KINDS = ['QME', 'IME'] as const;
export const ARENAS = ['california-workers-comp', 'workers-comp', 'personal-injury', 'disability-insurance'] as const;
/** The legal arena of a report: it decides the vocabulary (template/vocabulary.ts) and whether California's rules apply. */
export type Arena = (typeof ARENAS)[number];

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FIELD_ID = /^[a-z][a-zA-Z0-9]*$/;
const BOUND_FIELD_NAME = /^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/;
/** A template field id or an app-provided (bound) field name. */
export const VALUE_NAME = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)?$/;
export const REQUIREMENT_ID = /^[a-z0-9]+([.-][a-z0-9]+)*$/;

const kebabId = (what: string) =>
  z
    .string()
    .regex(KEBAB_ID, { message: `Use lower-case letters, digits and single hyphens for ${what} (e.g. "history-of-injury").` });
const fieldId = z
  .string()
  .regex(FIELD_ID, {
    message: 'Use a camelCase field id: a lower-case letter first, then letters and digits (e.g. "historyTakenBy").',
  })
  .describe('Stable field id, also its {{placeholder}} name. Never reuse or rename an id once a template is published.');
const nonEmpty = z.string().trim().min(1, { message: 'Must not be empty.' });

// ---------- conditions ----------

export const ConditionValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type ConditionValue = z.infer<typeof ConditionValueSchema>;

export type Condition =
  | { field: string; equals: ConditionValue }
  | { field: string; notEquals: ConditionValue }
  | { field: string; in: ConditionValue[] }
  | { all: Condition[] }
  | { any: Condition[] };

const conditionField = z
  .string()
  .regex(VALUE_NAME, {
    message: 'Name a field of this template (e.g. "psStatus") or an app-provided field (e.g. "case.psychClaimed").',
  })
  .describe('A field id of this template or an app-provided field such as case.psychClaimed.');

const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z.strictObject({ field: conditionField, equals: ConditionValueSchema }),
      z.strictObject({ field: conditionField, notEquals: ConditionValueSchema }),
      z.strictObject({ field: conditionField, in: z.array(ConditionValueSchema).min(1) }),
      z.strictObject({ all: z.array(ConditionSchema).min(1) }),
      z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    ]),
  )
  .describe(
    'Condition as data: {field, equals | notEquals | in}, or {all: [...]} / {any: [...]}. A blank or missing value counts as null.',
  );

// ---------- fields ----------

const OptionSchema = z.strictObject({
  value: kebabId('option values'),
  label: nonEmpty.describe('What the physician sees, and what a {{placeholder}} of this field prints.'),
});

const fieldBase = {
  id: fieldId,
  label: nonEmpty,
  help: z.string().optional().describe('One or two plain sentences shown beside the field.'),
  required: z.boolean().default(false),
  requiredWhen: ConditionSchema.optional().describe('Required only when this holds (needs required: true).'),
  includeWhen: ConditionSchema.optional().describe('Shown and exported only when this holds.'),
};

/**
 * What a yes-no field prints: one sentence per answer, worded as a statement the physician signs. Without it the report
 * prints the label and the answer ("Label: Yes"), which reads as the app's prompt when the label is a question.
 */
const PrintAsSchema = z
  .strictObject({
    yes: nonEmpty.describe(
      'Printed when the answer is yes, e.g. "I received reports the employee obtained at their own expense."',
    ),
    no: nonEmpty.describe(
      'Printed when the answer is no, e.g. "I did not receive any report the employee obtained at their own expense."',
    ),
  })
  .describe(
    'The sentences the report prints for a yes or no answer, in place of "Label: Yes". Printed as written. Every yes-no field of a built-in template has them.',
  );

// The yes-no variant takes extra keys (a field's printAs), which a table column does not have: its cell prints Yes or No.
const fieldVariants = <B extends z.core.$ZodShape, Y extends z.core.$ZodShape>(base: B, yesNo: Y) =>
  [
    z.strictObject({ ...base, type: z.literal('text'), maxLength: z.int().min(1).optional() }),
    z.strictObject({ ...base, type: z.literal('longtext') }),
    z.strictObject({ ...base, type: z.literal('date') }),
    z.strictObject({
      ...base,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(false),
      unit: z.string().optional(),
    }),
    z.strictObject({ ...base, type: z.literal('choice'), options: z.array(OptionSchema).min(1) }),
    z.strictObject({ ...base, ...yesNo, type: z.literal('yes-no') }),
  ] as const;

export const FieldSchema = z.discriminatedUnion('type', fieldVariants(fieldBase, { printAs: PrintAsSchema.optional() }));
export type Field = z.output<typeof FieldSchema>;

// ---------- tables ----------

const ColumnSchema = z.discriminatedUnion(
  'type',
  fieldVariants(
    {
      id: kebabId('column ids'),
      label: nonEmpty,
      help: z.string().optional(),
      required: z.boolean().default(false),
      requiredUnless: z
        .strictObject({ column: kebabId('column ids'), in: z.array(z.string().min(1)).min(1) })
        .optional()
        .describe('A required cell is not needed in a row whose other column holds one of these values (e.g. "not-restricted").'),
    },
    {},
  ),
);
export type TableColumn = z.output<typeof ColumnSchema>;

const RowSchema = z.strictObject({ id: kebabId('row ids'), label: nonEmpty, help: z.string().optional() });

export const TableSchema = z.strictObject({
  rowHeader: z.string().optional().describe('Heading of the first column, which holds the row labels (e.g. "Activity").'),
  rows: z.array(RowSchema).default([]).describe('Fixed rows, in order; their ids are stable like field ids.'),
  columns: z.array(ColumnSchema).min(1),
  allowAddRows: z.boolean().default(false).describe('Whether the physician may add rows of their own below the fixed ones.'),
});
export type TableSpec = z.output<typeof TableSchema>;

// ---------- sections ----------

export const FixedParagraphSchema = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), includeWhen: ConditionSchema.optional() }),
]);
export type FixedParagraph = z.output<typeof FixedParagraphSchema>;

const sectionBase = {
  id: kebabId('section ids').describe('Stable section id. Never reuse or rename an id once a template is published.'),
  title: nonEmpty.describe('Heading in the workspace and in the exported report.'),
  step: z.enum(STEPS).describe('Workspace step the section is filled in.'),
  order: z.int().min(0).describe('Position in the exported report (ascending; unique within the template).'),
  guidance: nonEmpty.describe('For the physician: what to cover and what the law requires here, in plain words.'),
  satisfies: z
    .array(z.string().regex(REQUIREMENT_ID, { message: 'Use a requirement id such as "10682b-1" or "lc4628j".' }))
    .default([])
    .describe('Requirement ids this section satisfies (e.g. "10682b-1", "lc4628j"), for the compliance check.'),
  sources: z.array(nonEmpty).default([]).describe('Where the fixed text or the requirement comes from.'),
  required: z.boolean().describe('Whether the report needs this section filled in.'),
  requiredWhen: ConditionSchema.optional().describe('Required only when this holds (needs required: true).'),
  includeWhen: ConditionSchema.optional().describe('Shown and exported only when this holds.'),
  fixedText: z
    .array(FixedParagraphSchema)
    .default([])
    .describe('Paragraphs printed as written, before the section content; {{placeholders}} are filled from fields.'),
};

const NarrativeSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('narrative'),
  fields: z.array(FieldSchema).default([]).describe('Optional structured fields shown above the rich text.'),
});
const FieldsSectionSchema = z.strictObject({ ...sectionBase, kind: z.literal('fields'), fields: z.array(FieldSchema).min(1) });
const TableSectionSchema = z.strictObject({ ...sectionBase, kind: z.literal('table'), table: TableSchema });
const GeneratedSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('generated'),
  generator: z.enum(GENERATORS),
  boundFields: z
    .array(z.string().regex(BOUND_FIELD_NAME, { message: 'Name an app-provided field such as "case.examineeName".' }))
    .default([])
    .describe('App-provided values this section shows, in order (e.g. the caption lines).'),
});

export const SectionSchema = z.discriminatedUnion('kind', [
  NarrativeSectionSchema,
  FieldsSectionSchema,
  TableSectionSchema,
  GeneratedSectionSchema,
]);
export type Section = z.output<typeof SectionSchema>;
export type TableSection = z.output<typeof TableSectionSchema>;
export type GeneratedSection = z.output<typeof GeneratedSectionSchema>;

// ---------- template ----------

export const TemplateSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to template.schema.json, for editor help. Ignored by the app.'),
    id: kebabId('template ids').describe(
      'Stable template id. Cases pin id + version, so never reuse an id for a different report.',
    ),
    version: z
      .int()
      .min(1)
      .describe('Raise it for every published change; keep the old file so cases that pinned it still open.'),
    title: nonEmpty,
    description: nonEmpty,
    reportKind: z.enum(TEMPLATE_REPORT_KINDS),
    arena: z.enum(ARENAS),
    reportType: z
      .string()
      .min(1)
      .max(80)
      .optional()
      .describe('IME: the report type under the heading (e.g. "Addendum"); the arena\'s name when absent.'),
    terms: z
      .strictObject({
        examinee: nonEmpty.optional(),
        examineeAttorney: nonEmpty.optional(),
        defenseAttorney: nonEmpty.optional(),
        employer: nonEmpty.optional(),
        claimsAdministrator: nonEmpty.optional(),
        claimNumber: nonEmpty.optional(),
        dateOfInjury: nonEmpty.optional(),
        caseNumber: nonEmpty.nullable().optional(),
      })
      .optional()
      .describe(
        'Words for the parties, dates and numbers where the arena’s defaults do not fit (e.g. examinee: "Insured"); null caseNumber hides the case-number field.',
      ),
    billingCode: z.string().optional().describe('Medical-legal billing code the report is written for, e.g. "ML201".'),
    sources: z.array(nonEmpty).default([]),
    sections: z.array(SectionSchema).min(1),
  })
  .describe('MedLegal Writer report template');

export type Template = z.output<typeof TemplateSchema>;

/** The key a case pins: a template id and version together. */
export function templateKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/** Fields a template declares, with the section that holds them, in template order. */
export function templateFields(
  template: Template,
): Array<{ field: Field; section: Section; sectionIndex: number; fieldIndex: number }> {
  const out: Array<{ field: Field; section: Section; sectionIndex: number; fieldIndex: number }> = [];
  template.sections.forEach((section, sectionIndex) => {
    if (section.kind === 'narrative' || section.kind === 'fields') {
      section.fields.forEach((field, fieldIndex) => out.push({ field, section, sectionIndex, fieldIndex }));
    }
  });
  return out;
}

/** Sections in export order. */
export function sectionsInExportOrder(template: Template): Section[] {
  return [...template.sections].sort((a, b) => a.order - b.order);
}

export function paragraphText(paragraph: FixedParagraph): string {
  return typeof paragraph === 'string' ? paragraph : paragraph.text;
}

/** The JSON Schema for template authors, as written to templates/template.schema.json. */
export function templateJsonSchemaText(): string {
  const schema = z.toJSONSchema(TemplateSchema, { io: 'input', target: 'draft-2020-12' });
  // zod names the recursive condition "__schema0"; give it a name an author can read in editor hints.
  const text = JSON.stringify({ ...schema, title: 'MedLegal Writer report template' }, null, 2);
  return `${text.replaceAll('__schema0', 'Condition')}\n`;
}
