// Case lifecycle: create, update, list/search, delete (to a trash, restorable until the app closes), and the sample cases.
import { DEFAULT_TEMPLATE, type CaseFields, type CaseRecord, type CaseSummary, type NextDeadline, type TemplateRef } from '../../common/case/case-model';
import { AppFailure } from '../../common/ipc/result';
import type { CaseDataRepository } from '../case-data/case-data-repository';
import type { CaseRepository } from '../cases/case-repository';
import type { DiscussionRepository } from '../discussion/discussion-repository';
import type { DocumentRepository } from '../documents/document-repository';
import type { Db } from '../persistence/open-database';
import { SAMPLE_LTD_CASE } from '../sample/sample-ltd-case';
import { SAMPLE_QME_CASE } from '../sample/sample-qme-case';
import { seedSampleCase } from '../sample/seed-sample';

export const SAMPLES = { qme: SAMPLE_QME_CASE, ltd: SAMPLE_LTD_CASE } as const;
export type SampleName = keyof typeof SAMPLES;

export interface CaseServiceDeps {
  caseData: CaseDataRepository;
  discussion: DiscussionRepository;
  /** Next deadline per case, for the case list (computed by the discussion service from each case's schedule). */
  nextDeadlines?: (records: CaseRecord[]) => Map<string, NextDeadline | null>;
}

/** Overdue first, then the soonest deadline; cases without a deadline last, most recently edited first. */
function byUrgency(a: CaseSummary, b: CaseSummary): number {
  if (a.nextDeadline && b.nextDeadline) return a.nextDeadline.daysLeft - b.nextDeadline.daysLeft;
  if (a.nextDeadline || b.nextDeadline) return a.nextDeadline ? -1 : 1;
  return b.updatedAt.localeCompare(a.updatedAt);
}

export function createCaseService(db: Db, cases: CaseRepository, documents: DocumentRepository, deps: CaseServiceDeps) {
  const { caseData, discussion } = deps;
  const get = (id: string): CaseRecord => {
    const found = cases.get(id);
    if (!found) throw new AppFailure('not-found', 'That case no longer exists. It may have been deleted; go back to the case list.');
    return found;
  };

  return {
    get,
    list(query: string): CaseSummary[] {
      const records = cases.list(query);
      const deadlines = deps.nextDeadlines?.(records);
      return records.map((r) => ({ ...r, nextDeadline: deadlines?.get(r.id) ?? null })).sort(byUrgency);
    },
    /** The template is checked by the caller (it must be loadable); a case without one gets its kind's default. */
    create: (fields: CaseFields, template: TemplateRef = DEFAULT_TEMPLATE[fields.reportKind]) => cases.create(fields, template),
    touch: (id: string) => cases.touch(id),
    update(id: string, fields: CaseFields): CaseRecord {
      const updated = cases.update(id, fields);
      if (!updated) throw new AppFailure('not-found', 'That case no longer exists, so the change was not saved.');
      return updated;
    },
    /** Moves the case to the trash: restore() brings it back until the app closes. */
    delete(id: string) {
      if (!cases.delete(id)) throw new AppFailure('not-found', 'That case was already deleted.');
      return { deleted: true as const };
    },
    restore(id: string): CaseRecord {
      const restored = cases.restore(id);
      if (!restored) throw new AppFailure('not-found', 'That case can no longer be restored: deleted cases are removed for good when the app closes.');
      return restored;
    },
    /** Removes deleted cases for good (at close, and at start after a crash); returns how many. */
    purgeDeleted: () => cases.purgeDeleted(),
    /** Creates a fresh copy of a sample case each time, so the user can experiment freely. */
    openSample: (name: SampleName = 'qme'): CaseRecord => seedSampleCase({ db, cases, caseData, documents, discussion }, SAMPLES[name]),
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
