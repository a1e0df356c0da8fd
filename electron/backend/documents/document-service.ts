// Loading and saving a case's rich-text sections; a never-saved section opens as one empty paragraph. Each save may keep
// a revision of the section (revision-service.ts decides), in the save's own transaction.
import type { RichDocument } from '../../common/document/doc-model';
import { documentPlainText, documentWordCount, emptyDocument } from '../../common/document/doc-model';
import type { SectionDocument } from '../../common/ipc/documents.contract';
import type { CaseService } from '../cases/case-service';
import type { DocumentRepository } from './document-repository';
import type { RevisionService } from './revision-service';

export function createDocumentService(
  cases: CaseService,
  documents: DocumentRepository,
  revisions: Pick<RevisionService, 'saveKeeping'>,
) {
  return {
    get(caseId: string, sectionId: string): SectionDocument {
      cases.get(caseId);
      const saved = documents.get(caseId, sectionId);
      return { caseId, sectionId, content: saved?.content ?? emptyDocument(), updatedAt: saved?.updatedAt ?? null };
    },
    filled(caseId: string): string[] {
      cases.get(caseId);
      return [...documents.allForCase(caseId)].filter(([, doc]) => documentPlainText(doc).trim() !== '').map(([id]) => id);
    },
    save(caseId: string, sectionId: string, content: RichDocument) {
      cases.get(caseId);
      return {
        updatedAt: revisions.saveKeeping(caseId, [{ sectionId, content }], () => documents.save(caseId, sectionId, content)),
      };
    },
    list(caseId: string): SectionDocument[] {
      cases.get(caseId);
      return documents.listForCase(caseId).map((d) => ({ caseId, ...d }));
    },
    wordCounts(caseId: string): Record<string, number> {
      cases.get(caseId);
      return Object.fromEntries([...documents.allForCase(caseId)].map(([id, doc]) => [id, documentWordCount(doc)]));
    },
    saveMany(caseId: string, docs: { sectionId: string; content: RichDocument }[]) {
      cases.get(caseId);
      return { updatedAt: revisions.saveKeeping(caseId, docs, () => documents.saveMany(caseId, docs)) };
    },
  };
}
export type DocumentService = ReturnType<typeof createDocumentService>;
