// "New case from this one": what an earlier case offers to bring, and the new case written with what the physician
// chose, in one transaction (a failure leaves no half-copied case). Records, chronology, dates, the signature, the
// discussion and the answers stay with the earlier case.
import { randomUUID } from 'node:crypto';
import type { CaseRecord } from '../../common/case/case-model';
import { isSuggested, type CopyForwardOptions, type CopyForwardRequest } from '../../common/case/copy-forward';
import { documentWordCount } from '../../common/document/doc-model';
import { AppFailure } from '../../common/errors';
import type { Template } from '../../common/template/template-schema';
import type { CaseDataRepository } from '../case-data/case-data-repository';
import type { DocumentRepository } from '../documents/document-repository';
import type { Db } from '../persistence/open-database';
import type { createCaseRepository } from './case-repository';

export interface CopyForwardDeps {
  db: Db;
  cases: ReturnType<typeof createCaseRepository>;
  caseData: CaseDataRepository;
  documents: DocumentRepository;
  getCase: (id: string) => CaseRecord;
  requireTemplate: (ref: CaseRecord['template']) => Promise<Pick<Template, 'title' | 'sections'>>;
}

export function createCopyForward(deps: CopyForwardDeps) {
  /** The earlier case's narrative sections that have words, in template order. */
  async function sectionsOf(from: CaseRecord) {
    const template = await deps.requireTemplate(from.template);
    const saved = deps.documents.allForCase(from.id);
    const sections = template.sections
      .filter((s) => s.kind === 'narrative' && saved.has(s.id))
      .map((s) => ({ sectionId: s.id, title: s.title, step: s.step, words: documentWordCount(saved.get(s.id)!) }))
      .filter((s) => s.words > 0)
      .map((s) => ({ ...s, suggested: isSuggested(s) }));
    return { template, saved, sections };
  }

  return {
    async options(fromCaseId: string): Promise<CopyForwardOptions> {
      const from = deps.getCase(fromCaseId);
      const { template, sections } = await sectionsOf(from);
      return {
        from: { id: from.id, examineeName: from.examineeName, templateTitle: template.title },
        parties: deps.caseData.get(from.id).parties.length,
        sections,
      };
    },

    async createFrom({ fromCaseId, fields, bring }: CopyForwardRequest): Promise<CaseRecord> {
      const from = deps.getCase(fromCaseId);
      const { saved, sections } = await sectionsOf(from);
      const offered = new Set(sections.map((s) => s.sectionId));
      const unknown = bring.sectionIds.filter((id) => !offered.has(id));
      if (unknown.length)
        throw new AppFailure(
          'invalid-input',
          `The earlier case has no written section ${unknown.join(', ')} to bring. Close the dialog and open it again.`,
        );
      // The parties get new ids: a party belongs to one case.
      const parties = bring.parties ? deps.caseData.get(from.id).parties.map((p) => ({ ...p, id: randomUUID() })) : [];
      return deps.db.transaction(() => {
        const created = deps.cases.create({ ...fields, reportKind: from.reportKind }, from.template);
        if (parties.length) deps.caseData.saveParties(created.id, parties);
        const docs = bring.sectionIds.map((sectionId) => ({ sectionId, content: saved.get(sectionId)! }));
        if (docs.length) deps.documents.saveMany(created.id, docs);
        return created;
      })();
    },
  };
}
