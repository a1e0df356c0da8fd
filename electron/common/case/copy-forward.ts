// Copy forward: what a new case may bring from an earlier one of the same template (the parties and chosen narrative
// sections, as a starting point) and what it never brings (records, chronology, dates, signature, discussion, answers).
import { z } from 'zod';
import { CaseFieldsSchema, CaseIdSchema } from './case-model';

/** One narrative section of the earlier case that has text, offered to bring along. */
export interface CopyForwardSection {
  sectionId: string;
  title: string;
  /** The workspace step it is written in ('interview', 'examination', …). */
  step: string;
  words: number;
  /** Offered ticked: the history and examination layout a re-evaluation starts from; the physician unticks what changed. */
  suggested: boolean;
}

export interface CopyForwardOptions {
  from: { id: string; examineeName: string; templateTitle: string };
  parties: number;
  sections: CopyForwardSection[];
}

export const CopyForwardRequestSchema = z.object({
  fromCaseId: CaseIdSchema,
  fields: CaseFieldsSchema,
  bring: z.object({
    parties: z.boolean(),
    sectionIds: z
      .array(z.string().regex(/^[a-z][a-z0-9-]{0,79}$/, { message: 'Unknown section id.' }))
      .max(200)
      .default([]),
  }),
});
export type CopyForwardRequest = z.infer<typeof CopyForwardRequestSchema>;

/** Sections about this injury and today's visit: never suggested, since they differ each time. */
const CASE_SPECIFIC = /injury|incident|complaint|loss|accident|causation|disability|apportionment|impairment|restriction/i;

export const isSuggested = (section: { sectionId: string; step: string; title: string }): boolean =>
  (section.step === 'interview' || section.step === 'examination') &&
  !CASE_SPECIFIC.test(section.sectionId) &&
  !CASE_SPECIFIC.test(section.title);
