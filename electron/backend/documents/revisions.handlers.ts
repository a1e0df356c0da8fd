// The revisions:* channels: a section's revision history (revision-service.ts).
import type { HandlersOf } from '../ipc/handler-registry';
import type { RevisionService } from './revision-service';

export const revisionsHandlers = (revisions: RevisionService): HandlersOf<'revisions'> => ({
  'revisions:list': ({ caseId, sectionId }) => revisions.list(caseId, sectionId),
  'revisions:get': ({ caseId, sectionId, revisionId }) => revisions.get(caseId, sectionId, revisionId),
  'revisions:restore': ({ caseId, sectionId, revisionId }) => revisions.restore(caseId, sectionId, revisionId),
});
