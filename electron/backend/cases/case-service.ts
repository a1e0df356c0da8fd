// Case lifecycle: create (also from an earlier case, and a supplemental from a signed one), update, list/search (by urgency), delete to a trash (restorable
// until the app closes), the sample cases, the case's signed versions (reopening a signed one for editing starts the next version) and their
// recorded service (serving marks the case served and closes its deadline).
import {
  DEFAULT_TEMPLATE,
  type CaseFields,
  type CaseRecord,
  type CaseStatus,
  type CaseSummary,
  type TemplateRef,
} from '../../common/case/case-model';
import { EMPTY_SCHEDULE } from '../../common/case/discussion-model';
import {
  serviceCandidates,
  serviceDateIssue,
  servedRolesFor,
  type CaseServiceView,
  type RecordServiceInput,
  type ServedParty,
} from '../../common/case/report-service';
import type { CaseDetail, SignedVersion } from '../../common/case/signing-model';
import type { Template } from '../../common/template/template-schema';
import { AppFailure } from '../../common/errors';
import type { CaseDataRepository } from '../case-data/case-data-repository';
import type { DiscussionRepository } from '../discussion/discussion-repository';
import type { DocumentRepository } from '../documents/document-repository';
import type { Db } from '../persistence/open-database';
import { SAMPLE_LTD_CASE } from '../sample/sample-ltd-case';
import { SAMPLE_QME_CASE } from '../sample/sample-qme-case';
import { seedSampleCase } from '../sample/seed-sample';
import { recordAudit } from '../audit/record-audit';
import { createCaseRepository } from './case-repository';
import { createDeadlineCache } from './deadline-cache';
import { createCaseVersionsRepository } from './case-versions-repository';
import { createCaseFollowsRepository } from './case-follows-repository';
import { createCopyForward } from './copy-forward';
import { createSupplementalFrom } from './supplemental-from';
import { createReportServiceRepository } from './report-service-repository';

const SAMPLES = { qme: SAMPLE_QME_CASE, ltd: SAMPLE_LTD_CASE } as const;
type SampleName = keyof typeof SAMPLES;

export interface CaseServiceDeps {
  db: Db;
  caseData: CaseDataRepository;
  documents: DocumentRepository;
  discussion: DiscussionRepository;
  /**
   * Throws when a case's template cannot be loaded (the template service's require); its arena decides who is served,
   * its sections what a new case can bring from an earlier one.
   */
  requireTemplate: (ref: TemplateRef) => Promise<Pick<Template, 'arena' | 'title' | 'sections' | 'reportKind'>>;
  /** Imports a sample case's record set into the case just written. */
  seedSampleRecords: (caseId: string, sample: SampleName) => Promise<void>;
  /** Today as ISO YYYY-MM-DD: the case list counts the days left to each deadline from it; no service is dated after it. */
  today: () => string;
}

/** Overdue first, then the soonest deadline; cases without a deadline last, most recently edited first. */
function byUrgency(a: CaseSummary, b: CaseSummary): number {
  if (a.nextDeadline && b.nextDeadline) return a.nextDeadline.daysLeft - b.nextDeadline.daysLeft;
  if (a.nextDeadline || b.nextDeadline) return a.nextDeadline ? -1 : 1;
  return b.updatedAt.localeCompare(a.updatedAt);
}

/** What the audit trail keeps of a service: the version, date, method and how many were served (names may be PHI). */
const servedDetail = (version: number, input: RecordServiceInput, parties: readonly ServedParty[]) => ({
  version,
  servedOn: input.servedOn,
  method: input.method,
  parties: parties.length,
});

export function createCaseService(deps: CaseServiceDeps) {
  const { db } = deps;
  const repo = createCaseRepository(db);
  const versions = createCaseVersionsRepository(db);
  const service = createReportServiceRepository(db);
  const deadlines = createDeadlineCache();
  const get = (id: string): CaseRecord => {
    const found = repo.get(id);
    if (!found)
      throw new AppFailure('not-found', 'That case no longer exists. It may have been deleted; go back to the case list.');
    return found;
  };
  const detail = (id: string): CaseDetail => ({ ...get(id), ...versions.state(id) });
  const copyForward = createCopyForward({ ...deps, cases: repo, getCase: get });
  const follows = createCaseFollowsRepository(db);
  const supplemental = createSupplementalFrom({
    ...deps,
    cases: repo,
    follows,
    getCase: get,
    signingState: (id) => versions.state(id),
  });

  const serviceView = async (caseId: string): Promise<CaseServiceView> => {
    const record = get(caseId);
    const { arena } = await deps.requireTemplate(record.template);
    const { parties } = deps.caseData.get(caseId);
    const signed = versions.state(caseId).signedVersion;
    return {
      caseId,
      examineeName: record.examineeName,
      signed: signed && { version: signed.version, signingDate: signed.signingDate },
      today: deps.today(),
      candidates: serviceCandidates(parties, record.examineeName, servedRolesFor(parties, arena)),
      records: service.ofCase(caseId),
    };
  };
  /** The current signed version, which is the only one whose service can be recorded, corrected or removed. */
  const signedForService = (caseId: string, version: number) => {
    const state = versions.state(caseId);
    const signed = state.signedVersion;
    if (!signed) {
      throw new AppFailure(
        'conflict',
        `Version ${state.version} of this report is not signed yet. Sign and export it first; then record its service.`,
      );
    }
    if (signed.version !== version) {
      throw new AppFailure(
        'conflict',
        `Version ${version} is not the signed version of this report any more (version ${signed.version} is). Close this and open it again.`,
      );
    }
    return signed;
  };

  return {
    get,
    detail,
    versionState: (id: string) => versions.state(id),
    list(query: string): CaseSummary[] {
      const records = repo.list(query);
      const today = deps.today();
      const schedules = deps.discussion.schedules(records.map((c) => c.id));
      const served = service.newestByCase();
      const summaries = records
        .map((r) => {
          const s = served.get(r.id) ?? null;
          const schedule = schedules.get(r.id) ?? EMPTY_SCHEDULE;
          const nextDeadline = deadlines.nextDeadline(r, schedule, today, s?.servedOn ?? null);
          return { ...r, nextDeadline, served: s };
        })
        .sort(byUrgency);
      if (query.trim() === '') deadlines.keepOnly(new Set(records.map((r) => r.id)));
      return summaries;
    },
    /** A case without a template gets its kind's default; the template must be loadable, since the case pins it. */
    async create(fields: CaseFields, template: TemplateRef = DEFAULT_TEMPLATE[fields.reportKind]): Promise<CaseRecord> {
      await deps.requireTemplate(template);
      return repo.create(fields, template);
    },
    /**
     * Saves one part of a case (a list, values, discussion rows): the case must exist, and a write that meets another
     * case's rows (a stale screen) becomes a conflict the user can act on. Marks the case edited.
     */
    saveTo(caseId: string, write: () => void): { updatedAt: string } {
      get(caseId);
      try {
        write();
      } catch (error) {
        if (error instanceof AppFailure) throw error;
        throw new AppFailure(
          'conflict',
          'That change could not be saved because it refers to another case’s data. Reopen the case and try again.',
        );
      }
      repo.touch(caseId);
      return { updatedAt: new Date().toISOString() };
    },
    update(id: string, fields: CaseFields): CaseRecord {
      const updated = repo.update(id, fields);
      if (!updated) throw new AppFailure('not-found', 'That case no longer exists, so the change was not saved.');
      return updated;
    },
    /** What an earlier case can bring to a new one, and the new case made from it ("New case from this one"). */
    copyForwardOptions: copyForward.options,
    createFrom: copyForward.createFrom,
    /** What a supplemental from a signed case starts with, the supplemental made ("Supplemental from this case"), and the report a case follows. */
    supplementalOptions: supplemental.options,
    createSupplemental: supplemental.create,
    priorReport: (caseId: string) => follows.get(get(caseId).id),
    /** Moves the case to the trash: restore() brings it back until the app closes. */
    delete(id: string) {
      if (!repo.delete(id)) throw new AppFailure('not-found', 'That case was already deleted.');
      return { deleted: true as const };
    },
    restore(id: string): CaseRecord {
      const restored = repo.restore(id);
      if (!restored)
        throw new AppFailure(
          'not-found',
          'That case can no longer be restored: deleted cases are removed for good when the app closes.',
        );
      return restored;
    },
    /** Removes deleted cases for good (at close, and at start after a crash); returns how many. */
    purgeDeleted: () => repo.purgeDeleted(),
    /** Creates a fresh copy of a sample case each time, so the user can experiment freely. */
    async openSample(name: SampleName): Promise<CaseRecord> {
      const created = seedSampleCase(
        { db, cases: repo, caseData: deps.caseData, documents: deps.documents, discussion: deps.discussion },
        SAMPLES[name],
      );
      await deps.seedSampleRecords(created.id, name);
      return created;
    },

    /** The date records are "new since": the prior report date entered for the case, else its last signing date. */
    lastReportDate(caseId: string): string | null {
      const entered = deps.caseData.get(caseId).values.priorReportDate;
      if (typeof entered === 'string' && entered) return entered;
      const state = versions.state(caseId);
      return state.signedVersion?.signingDate ?? state.previousVersions[0]?.signingDate ?? null;
    },
    /** Part of the signing transaction (the caller opens it): freezes the current version and marks the case signed. */
    markSigned(caseId: string, signature: SignedVersion) {
      versions.insertSignature({ caseId, ...signature });
      repo.setStatus(caseId, 'signed' satisfies CaseStatus);
    },
    serviceView,
    /**
     * Records the service of the current signed version, or corrects it, and marks the case served. The date lies between
     * the signing date and today; the parties are people the case lists (or the ones the record being corrected named).
     */
    async recordService(input: RecordServiceInput): Promise<CaseServiceView> {
      const before = await serviceView(input.caseId);
      const signed = signedForService(input.caseId, input.version);
      const issue = serviceDateIssue(input.servedOn, signed.signingDate, deps.today());
      if (issue) throw new AppFailure('invalid-input', issue);
      const known = new Map<string, ServedParty>();
      for (const p of before.records.find((r) => r.version === signed.version)?.parties ?? []) known.set(p.partyId, p);
      for (const { getsReport: _, ...p } of before.candidates) known.set(p.partyId, p);
      const ids = [...new Set(input.partyIds)];
      const parties = ids.map((id) => known.get(id)).filter((p): p is ServedParty => p !== undefined);
      if (parties.length < ids.length) {
        throw new AppFailure(
          'conflict',
          'One of the people chosen is no longer on the case’s parties list. Close this, open Record service again and choose again.',
        );
      }
      db.transaction(() => {
        service.save(input.caseId, {
          version: signed.version,
          servedOn: input.servedOn,
          method: input.method,
          otherMethod: input.method === 'other' ? input.otherMethod : '',
          parties,
          recordedAt: new Date().toISOString(),
        });
        repo.setStatus(input.caseId, 'served' satisfies CaseStatus);
        recordAudit(db, { caseId: input.caseId, action: 'report.served', detail: servedDetail(signed.version, input, parties) });
      })();
      return serviceView(input.caseId);
    },
    /** Removes the current signed version's service record (a mistaken one): the case is signed, not served, again. */
    async removeService(caseId: string, version: number): Promise<CaseServiceView> {
      get(caseId);
      signedForService(caseId, version);
      db.transaction(() => {
        if (!service.remove(caseId, version))
          throw new AppFailure('not-found', `No service is recorded for version ${version}, so there is nothing to remove.`);
        repo.setStatus(caseId, 'signed' satisfies CaseStatus);
      })();
      return serviceView(caseId);
    },
    /** Starts the next version of a signed case: back to drafting, the signing date cleared (the county stays). */
    reopenForEdit(caseId: string): CaseDetail {
      const state = versions.state(get(caseId).id);
      if (!state.signedVersion) {
        throw new AppFailure(
          'conflict',
          `Version ${state.version} of this report is not signed yet, so there is nothing to reopen; keep editing it.`,
        );
      }
      const signed = state.signedVersion;
      db.transaction(() => {
        versions.markReopened(caseId, signed.version, new Date().toISOString());
        repo.setStatus(caseId, 'drafting');
        deps.caseData.saveValues(caseId, { 'signing.date': null });
        recordAudit(db, { caseId, action: 'report.reopened', detail: { version: signed.version } });
      })();
      return detail(caseId);
    },
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
