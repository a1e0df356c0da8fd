// Writes a sample case through the repositories in one transaction, giving every item a fresh id.
import { randomUUID } from 'node:crypto';
import type { CaseRecord } from '../../common/case/case-model';
import { answerSectionId } from '../../common/case/structure-model';
import type { CaseDataRepository } from '../case-data/case-data-repository';
import type { CaseRepository } from '../cases/case-repository';
import type { DiscussionRepository } from '../discussion/discussion-repository';
import type { DocumentRepository } from '../documents/document-repository';
import type { Db } from '../persistence/open-database';
import type { SampleCase } from './sample-types';

export interface SampleSeedTarget {
  db: Db;
  cases: CaseRepository;
  caseData: CaseDataRepository;
  documents: DocumentRepository;
  discussion: DiscussionRepository;
}

export function seedSampleCase(target: SampleSeedTarget, sample: SampleCase): CaseRecord {
  return target.db.transaction(() => {
    const created = target.cases.create(sample.fields, sample.template);
    const ids = new Map<string, string>();
    const fresh = (local: string) => {
      if (!ids.has(local)) ids.set(local, randomUUID());
      return ids.get(local)!;
    };
    target.caseData.saveInjuries(
      created.id,
      sample.injuries.map((i) => ({ ...i, id: fresh(i.id) })),
    );
    target.caseData.saveParties(
      created.id,
      sample.parties.map((p) => ({ ...p, id: fresh(p.id) })),
    );
    target.caseData.saveDiagnoses(
      created.id,
      sample.diagnoses.map((d) => ({ ...d, id: fresh(d.id) })),
    );
    target.caseData.saveMeasurements(
      created.id,
      sample.measurements.map((m) => ({ ...m, id: fresh(m.id) })),
    );
    target.caseData.saveQuestions(
      created.id,
      sample.questions.map(({ answer: _answer, ...q }) => ({
        ...q,
        id: fresh(q.id),
        partyId: q.partyId ? fresh(q.partyId) : null,
      })),
    );
    target.caseData.saveValues(created.id, sample.values);
    for (const q of sample.questions) target.documents.save(created.id, answerSectionId(fresh(q.id)), q.answer);
    for (const [sectionId, content] of Object.entries(sample.sections)) target.documents.save(created.id, sectionId, content);
    const d = sample.discussion;
    if (d) {
      if (d.impairments)
        target.discussion.saveImpairments(
          created.id,
          d.impairments.map((i) => ({ ...i, id: fresh(i.id), injuryId: fresh(i.injuryId) })),
          d.combine?.map((c) => ({ ...c, injuryId: fresh(c.injuryId) })),
        );
      if (d.apportionments)
        target.discussion.saveApportionments(
          created.id,
          d.apportionments.map((a) => ({ ...a, id: fresh(a.id), injuryId: fresh(a.injuryId) })),
        );
      if (d.priorAwards) target.discussion.savePriorAwards(created.id, d.priorAwards);
      if (d.tdPeriods || d.ps)
        target.discussion.saveDisability(
          created.id,
          (d.tdPeriods ?? []).map((t) => ({ ...t, id: fresh(t.id) })),
          d.ps ?? null,
        );
      if (d.schedule) target.discussion.saveSchedule(created.id, d.schedule);
      if (d.fee !== undefined) target.discussion.saveFee(created.id, d.fee);
    }
    return created;
  })();
}
