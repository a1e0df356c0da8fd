// Channels for the rich-text sections of a case.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import { RichDocumentSchema, documentPlainText, type RichDocument } from '../document/doc-model';
import { channel } from './channel';

/** About 900 pages of text: far beyond any section, well below what would stall saving and export for seconds. */
export const MAX_SECTION_CHARACTERS = 3_000_000;
const SectionContentSchema = RichDocumentSchema.refine((doc) => documentPlainText(doc).length <= MAX_SECTION_CHARACTERS, {
  message: `This section is too long to save (over ${MAX_SECTION_CHARACTERS.toLocaleString('en-US')} characters, about 900 pages). Move part of it to another section, or import the material as a record instead.`,
});

export const SectionIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,79}$/, { message: 'Unknown section id.' });

export interface SectionDocument {
  caseId: string;
  sectionId: string;
  content: RichDocument;
  updatedAt: string | null;
}

export const documentsContract = {
  'documents:get': channel(z.object({ caseId: CaseIdSchema, sectionId: SectionIdSchema })).returns<SectionDocument>(),
  /** Ids of the case's sections (and question answers) that have any words: drives the workflow's completion marks. */
  'documents:filled': channel(z.object({ caseId: CaseIdSchema })).returns<string[]>(),
  'documents:save': channel(
    z.object({ caseId: CaseIdSchema, sectionId: SectionIdSchema, content: SectionContentSchema }),
  ).returns<{
    updatedAt: string;
  }>(),
  /** Every saved section and answer of the case: find and replace across the report, and its word count. */
  'documents:list': channel(z.object({ caseId: CaseIdSchema })).returns<SectionDocument[]>(),
  /** The words of each saved section and answer, by section id: the report's word count without sending the text. */
  'documents:wordCounts': channel(z.object({ caseId: CaseIdSchema })).returns<Record<string, number>>(),
  /** Several sections saved together or not at all: a replace all across the report, and its Undo. */
  'documents:saveMany': channel(
    z.object({
      caseId: CaseIdSchema,
      documents: z
        .array(z.object({ sectionId: SectionIdSchema, content: SectionContentSchema }))
        .min(1)
        .max(2_000),
    }),
  ).returns<{ updatedAt: string }>(),
};
