// A saved phrase: a named piece of rich text the physician inserts by its trigger (";lumbarexam") or from the picker,
// grouped by the kind of section it is written for. Also the shape of the phrases file that export writes and import reads.
import { z } from 'zod';
import { RichDocumentSchema, documentPlainText } from '../document/doc-model';
import { singleLine } from '../util/text-input';

export const PHRASE_SECTION_KINDS = [
  'general',
  'history',
  'examination',
  'diagnosis',
  'causation',
  'impairment',
  'apportionment',
  'treatment',
  'work-status',
] as const;
export type PhraseSectionKind = (typeof PHRASE_SECTION_KINDS)[number];

export const PHRASE_SECTION_LABELS: Record<PhraseSectionKind, string> = {
  general: 'Any section',
  history: 'History',
  examination: 'Examination findings',
  diagnosis: 'Diagnosis',
  causation: 'Causation',
  impairment: 'Impairment and the Guides',
  apportionment: 'Apportionment',
  treatment: 'Treatment',
  'work-status': 'Work status and restrictions',
};

/** A trigger is typed after a semicolon: letters, digits and hyphens, so it never swallows ordinary words. */
const TRIGGER_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
const MAX_PHRASE_CHARACTERS = 50_000;

export const PhraseFieldsSchema = z.object({
  name: singleLine(
    z
      .string()
      .trim()
      .min(1, { message: 'Give the phrase a name.' })
      .max(80, { message: 'A phrase name can be at most 80 characters.' }),
  ),
  trigger: z
    .string()
    .trim()
    .transform((t) => t.replace(/^;+/, '').toLowerCase())
    .pipe(
      z.string().regex(TRIGGER_PATTERN, {
        message: 'A trigger is 2 to 40 lower-case letters, digits or hyphens, typed after a semicolon (for example ;lumbarexam).',
      }),
    ),
  sectionKind: z.enum(PHRASE_SECTION_KINDS, {
    message: `The section kind must be one of: ${PHRASE_SECTION_KINDS.join(', ')}.`,
  }),
  content: RichDocumentSchema.refine((doc) => documentPlainText(doc).trim() !== '', {
    message: 'The phrase has no text. Select the words to keep as a phrase first.',
  }).refine((doc) => documentPlainText(doc).length <= MAX_PHRASE_CHARACTERS, {
    message: `A phrase can be at most ${MAX_PHRASE_CHARACTERS.toLocaleString('en-US')} characters; keep long text in a template instead.`,
  }),
});
export type PhraseFields = z.output<typeof PhraseFieldsSchema>;

export interface Phrase extends PhraseFields {
  id: string;
  /** True for a starter phrase the physician has not edited yet: shown as an example to edit. */
  example: boolean;
  updatedAt: string;
}

/** The phrases file: a versioned list, so a later app can still read an earlier export. */
export const PHRASES_FILE_FORMAT = 'medlegal-writer-phrases';
export const PhrasesFileSchema = z.object({
  format: z.literal(PHRASES_FILE_FORMAT, {
    message: `This is not a MedLegal Writer phrases file (no "format": "${PHRASES_FILE_FORMAT}").`,
  }),
  version: z.literal(1, { message: 'This phrases file is from a newer version of MedLegal Writer (only version 1 is read).' }),
  phrases: z
    .array(PhraseFieldsSchema.extend({ example: z.boolean().optional() }))
    .max(5_000, { message: 'A phrases file can hold at most 5,000 phrases.' }),
});
export type PhrasesFile = z.input<typeof PhrasesFileSchema>;
