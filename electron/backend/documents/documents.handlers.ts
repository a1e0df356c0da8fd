// The documents:* channels: a case's rich-text sections.
import type { HandlersOf } from '../ipc/handler-registry';
import type { DocumentService } from './document-service';

export const documentsHandlers = (documents: DocumentService): HandlersOf<'documents'> => ({
  'documents:get': ({ caseId, sectionId }) => documents.get(caseId, sectionId),
  'documents:filled': ({ caseId }) => documents.filled(caseId),
  'documents:save': ({ caseId, sectionId, content }) => documents.save(caseId, sectionId, content),
  'documents:list': ({ caseId }) => documents.list(caseId),
  'documents:wordCounts': ({ caseId }) => documents.wordCounts(caseId),
  'documents:saveMany': ({ caseId, documents: docs }) => documents.saveMany(caseId, docs),
});
