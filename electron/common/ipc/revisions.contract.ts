// Channels of a section's revision history (the documents room): the list without text, one revision's text for the
// preview, and restoring one (which keeps the current text as a revision first).
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import type { RichDocument } from '../document/doc-model';
import type { RevisionSummary } from '../document/revision-model';
import { channel } from './channel';
import { SectionIdSchema, type SectionDocument } from './documents.contract';

const RevisionIdSchema = z
  .number({ message: 'Choose a version from the History list.' })
  .int({ message: 'Choose a version from the History list.' })
  .positive({ message: 'Choose a version from the History list.' })
  .max(Number.MAX_SAFE_INTEGER, { message: 'Choose a version from the History list.' });

const OneRevision = z.object({ caseId: CaseIdSchema, sectionId: SectionIdSchema, revisionId: RevisionIdSchema });

export const revisionsContract = {
  /** The section's kept revisions, newest first. */
  'revisions:list': channel(z.object({ caseId: CaseIdSchema, sectionId: SectionIdSchema })).returns<RevisionSummary[]>(),
  'revisions:get': channel(OneRevision).returns<RevisionSummary & { content: RichDocument }>(),
  /** The revision becomes the saved text of the section; answers with the section as now saved. */
  'revisions:restore': channel(OneRevision).returns<SectionDocument>(),
};
