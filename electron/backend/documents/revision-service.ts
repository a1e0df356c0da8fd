// A section's revision history: which saves keep a revision (the first after 10 minutes without one, every section at
// signing, the current text before a restore), the list and one revision for the History dialog, and the restore itself.
// Each kept revision goes into the audit trail in the same transaction.
import os from 'node:os';
import { documentWordCount, type RichDocument } from '../../common/document/doc-model';
import {
  isRevisionDue,
  MAX_REVISIONS_PER_SECTION,
  type RevisionKind,
  type RevisionSummary,
} from '../../common/document/revision-model';
import { AppFailure } from '../../common/errors';
import type { SectionDocument } from '../../common/ipc/documents.contract';
import { recordAudit } from '../audit/record-audit';
import type { CaseService } from '../cases/case-service';
import type { Db } from '../persistence/open-database';
import type { DocumentRepository } from './document-repository';
import { createRevisionRepository } from './revision-repository';

export interface RevisionServiceDeps {
  db: Db;
  cases: Pick<CaseService, 'get' | 'versionState'>;
  documents: DocumentRepository;
  /** The physician's name from the profile ('' before one is saved). */
  physicianName: () => string;
  /** The backend's clock: tests move it to cross the 10 minutes. */
  now: () => Date;
  maxPerSection?: number;
}

let osUser: string | null = null;
function osUserName(): string {
  try {
    osUser ??= os.userInfo().username;
  } catch {
    osUser = '';
  }
  return osUser;
}

const NOT_KEPT =
  'That earlier version of the section is no longer kept (the oldest give way to newer ones) or belongs to another section. Close History and open it again.';

export function createRevisionService(deps: RevisionServiceDeps) {
  const { db, documents } = deps;
  const repo = createRevisionRepository(db);
  const max = deps.maxPerSection ?? MAX_REVISIONS_PER_SECTION;

  /** Part of the caller's transaction. */
  function keep(caseId: string, sectionId: string, content: RichDocument, kind: RevisionKind, signedVersion: number | null) {
    const revisionId = repo.insert({
      caseId,
      sectionId,
      savedAt: deps.now().toISOString(),
      author: deps.physicianName().trim() || osUserName() || 'Unknown',
      kind,
      signedVersion,
      content,
      words: documentWordCount(content),
    });
    repo.cap(caseId, sectionId, max);
    recordAudit(db, { caseId, action: 'section.revised', detail: { sectionKey: sectionId, revisionId } });
    return revisionId;
  }

  const keepIfDue = (caseId: string, sectionId: string, content: RichDocument) => {
    if (isRevisionDue(repo.lastKeptAt(caseId, sectionId), deps.now())) keep(caseId, sectionId, content, 'edit', null);
  };

  const found = (caseId: string, sectionId: string, revisionId: number) => {
    deps.cases.get(caseId);
    const revision = repo.get(caseId, sectionId, revisionId);
    if (!revision) throw new AppFailure('not-found', NOT_KEPT);
    return revision;
  };

  return {
    /** Saves sections as typed (write) and keeps a revision of each that is due, all in one transaction. */
    saveKeeping(caseId: string, docs: { sectionId: string; content: RichDocument }[], write: () => string): string {
      return db.transaction(() => {
        const updatedAt = write();
        for (const d of docs) keepIfDue(caseId, d.sectionId, d.content);
        return updatedAt;
      })();
    },
    /** Part of the signing transaction: every saved section as signed, labelled "Signed version N". */
    keepSigned(caseId: string, version: number): void {
      for (const d of documents.listForCase(caseId)) keep(caseId, d.sectionId, d.content, 'signed', version);
    },
    list(caseId: string, sectionId: string): RevisionSummary[] {
      deps.cases.get(caseId);
      return repo.list(caseId, sectionId);
    },
    get: found,
    /** Makes the revision the section's saved text, keeping the current text first so the restore can be undone. */
    restore(caseId: string, sectionId: string, revisionId: number): SectionDocument {
      const { content } = found(caseId, sectionId, revisionId);
      const signed = deps.cases.versionState(caseId).signedVersion;
      if (signed) {
        throw new AppFailure(
          'conflict',
          `Version ${signed.version} of this report is signed, so its text stays as signed. Create a new version first (above the report), then restore an earlier text.`,
        );
      }
      const updatedAt = db.transaction(() => {
        const current = documents.get(caseId, sectionId);
        if (current) keep(caseId, sectionId, current.content, 'before-restore', null);
        return documents.save(caseId, sectionId, content);
      })();
      return { caseId, sectionId, content, updatedAt };
    },
  };
}
export type RevisionService = ReturnType<typeof createRevisionService>;
