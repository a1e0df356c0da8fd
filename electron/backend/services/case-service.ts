// Case lifecycle: create, update, list/search, delete, and the sample case.
import { DEFAULT_TEMPLATE, type CaseFields, type CaseRecord, type CaseSummary, type NextDeadline, type TemplateRef } from '../../common/case/case-model';
import { AppFailure } from '../../common/ipc/result';
import type { CaseRepository } from '../cases/case-repository';
import type { DocumentRepository } from '../documents/document-repository';
import type { Db } from '../persistence/open-database';
import { SAMPLE_CASE_FIELDS, SAMPLE_NARRATIVE } from '../sample/sample-case';
import { NARRATIVE_SECTION_ID } from './report-sections';

export interface CaseServiceOptions {
  /** Each case's next deadline (computed by the discussion service); absent, the list shows none. */
  nextDeadlines?: (records: CaseRecord[]) => Map<string, NextDeadline | null>;
}

/** Overdue first, then the soonest; cases without a deadline keep their order (most recently edited first) at the end. */
export function byUrgency(a: CaseSummary, b: CaseSummary): number {
  if (!a.nextDeadline || !b.nextDeadline) return (a.nextDeadline ? 0 : 1) - (b.nextDeadline ? 0 : 1);
  return a.nextDeadline.daysLeft - b.nextDeadline.daysLeft;
}

export function createCaseService(db: Db, cases: CaseRepository, documents: DocumentRepository, options: CaseServiceOptions = {}) {
  const get = (id: string): CaseRecord => {
    const found = cases.get(id);
    if (!found) throw new AppFailure('not-found', 'That case no longer exists. It may have been deleted; go back to the case list.');
    return found;
  };

  return {
    get,
    list(query: string): CaseSummary[] {
      const records = cases.list(query);
      const deadlines = options.nextDeadlines?.(records) ?? new Map<string, NextDeadline | null>();
      return records.map((c) => ({ ...c, nextDeadline: deadlines.get(c.id) ?? null })).sort(byUrgency);
    },
    /** The template is checked by the caller (it must be loadable); a case without one gets its kind's default. */
    create: (fields: CaseFields, template: TemplateRef = DEFAULT_TEMPLATE[fields.reportKind]) => cases.create(fields, template),
    touch: (id: string) => cases.touch(id),
    update(id: string, fields: CaseFields): CaseRecord {
      const updated = cases.update(id, fields);
      if (!updated) throw new AppFailure('not-found', 'That case no longer exists, so the change was not saved.');
      return updated;
    },
    delete(id: string) {
      if (!cases.delete(id)) throw new AppFailure('not-found', 'That case was already deleted.');
      return { deleted: true as const };
    },
    /** Creates a fresh copy of the sample case each time, so the user can experiment freely. */
    openSample: db.transaction((): CaseRecord => {
      const created = cases.create(SAMPLE_CASE_FIELDS, DEFAULT_TEMPLATE.QME);
      documents.save(created.id, NARRATIVE_SECTION_ID, SAMPLE_NARRATIVE);
      return created;
    }),
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
