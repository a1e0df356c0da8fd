// The backend calls of a section's History: its revisions, one revision's text, and restoring one.
import { call } from '../../api/client';

export const revisionsApi = {
  list: (caseId: string, sectionId: string) => call('revisions:list', { caseId, sectionId }),
  get: (caseId: string, sectionId: string, revisionId: number) => call('revisions:get', { caseId, sectionId, revisionId }),
  restore: (caseId: string, sectionId: string, revisionId: number) =>
    call('revisions:restore', { caseId, sectionId, revisionId }),
};
