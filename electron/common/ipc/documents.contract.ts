// Channels for the rich-text sections of a case.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import { RichDocumentSchema, type RichDocument } from '../document/doc-model';
import { channel } from './channel';

const SectionIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,79}$/, { message: 'Unknown section id.' });

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
  'documents:save': channel(z.object({ caseId: CaseIdSchema, sectionId: SectionIdSchema, content: RichDocumentSchema })).returns<{
    updatedAt: string;
  }>(),
};
