// The backend calls the case workspace itself makes: the rich-text documents of its sections (and which have text),
// and the compliance check before signing.
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import { call } from '../../api/client';

export const workspaceApi = {
  document: (caseId: string, sectionId: string) => call('documents:get', { caseId, sectionId }),
  saveDocument: (caseId: string, sectionId: string, content: RichDocument) =>
    call('documents:save', { caseId, sectionId, content }),
  /** The ids of the sections that have any text, for the completion marks. */
  filledSections: (caseId: string) => call('documents:filled', { caseId }),
  checkCompliance: (caseId: string) => call('compliance:check', { caseId }),
};
