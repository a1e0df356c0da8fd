// "Supplemental from this case": from a case whose report is signed, a new case of the supplemental template (QME → ML203
// supplemental, IME → addendum) that follows that report, written in one transaction. It brings the case's identity, parties,
// injuries and diagnoses; never the records (their pages were counted on the earlier report), the narrative, the answers,
// the discussion, nor any date or attestation of the earlier report. Records received since are imported into the new case.
import { randomUUID } from 'node:crypto';
import type { CaseFields, CaseRecord } from '../../common/case/case-model';
import { EMPTY_SCHEDULE } from '../../common/case/discussion-model';
import type { FieldValues } from '../../common/case/structure-model';
import { SUPPLEMENTAL_TEMPLATE, type SupplementalOptions, type SupplementalRequest } from '../../common/case/supplemental';
import type { CaseSigningState } from '../../common/case/signing-model';
import { AppFailure } from '../../common/errors';
import { formatUsDate } from '../../common/util/iso-date';
import type { Template } from '../../common/template/template-schema';
import type { CaseDataRepository } from '../case-data/case-data-repository';
import type { DiscussionRepository } from '../discussion/discussion-repository';
import type { Db } from '../persistence/open-database';
import type { createCaseFollowsRepository } from './case-follows-repository';
import type { createCaseRepository } from './case-repository';

export interface SupplementalFromDeps {
  db: Db;
  cases: ReturnType<typeof createCaseRepository>;
  follows: ReturnType<typeof createCaseFollowsRepository>;
  caseData: CaseDataRepository;
  discussion: DiscussionRepository;
  getCase: (id: string) => CaseRecord;
  signingState: (id: string) => CaseSigningState;
  requireTemplate: (ref: CaseRecord['template']) => Promise<Pick<Template, 'title' | 'sections' | 'reportKind'>>;
  today: () => string;
}

/** Entered values that describe the case, not one report: brought when the new template names them. */
const CASE_BOUND_VALUES = [
  'case.occupation',
  'case.evaluatorRole',
  'case.jurisdiction',
  'case.guidesEdition',
  'exam.streetAddress',
];

/** Does the template print or ask for this app-provided value (a caption row or a {{placeholder}})? */
const names = (template: Pick<Template, 'sections'>, name: string) => {
  const text = JSON.stringify(template.sections);
  return text.includes(`"${name}"`) || text.includes(`{{${name}}}`);
};

/**
 * The earlier case's template field values the new template also asks for on its case step (the same id and type), never a
 * date; and its descriptive bound values. Attestations (review step) and per-report answers are made afresh.
 */
function carriedValues(values: FieldValues, target: Pick<Template, 'sections'>): FieldValues {
  const out: FieldValues = {};
  for (const section of target.sections) {
    if (section.step !== 'case' || !('fields' in section) || !section.fields) continue;
    for (const field of section.fields) {
      const value = values[field.id];
      if (field.type !== 'date' && value !== undefined && value !== null) out[field.id] = value;
    }
  }
  for (const name of CASE_BOUND_VALUES) {
    const value = values[name];
    if (value !== undefined && value !== null && names(target, name)) out[name] = value;
  }
  return out;
}

export function createSupplementalFrom(deps: SupplementalFromDeps) {
  /** The earlier case, its signed version and the template the supplemental is written with; refused when unsigned. */
  async function sourceOf(fromCaseId: string) {
    const from = deps.getCase(fromCaseId);
    const signed = deps.signingState(from.id).signedVersion;
    if (!signed) {
      throw new AppFailure(
        'conflict',
        `The report of ${from.examineeName} is not signed, so there is no report for a supplemental to follow. Sign and export it first.`,
      );
    }
    const fromTemplate = await deps.requireTemplate(from.template);
    const ref = SUPPLEMENTAL_TEMPLATE[from.reportKind];
    if (from.template.id === ref.id) {
      throw new AppFailure(
        'conflict',
        'This case is already a supplemental report. Start the next supplemental from the comprehensive report’s case.',
      );
    }
    const template = await deps.requireTemplate(ref);
    return { from, signed, fromTemplate, ref, template };
  }

  return {
    async options(fromCaseId: string): Promise<SupplementalOptions> {
      const { from, signed, fromTemplate, ref, template } = await sourceOf(fromCaseId);
      return {
        from: { id: from.id, examineeName: from.examineeName, templateTitle: fromTemplate.title },
        follows: { version: signed.version, signingDate: signed.signingDate },
        template: { ...ref, title: template.title },
        today: deps.today(),
      };
    },

    async create(request: SupplementalRequest): Promise<CaseRecord> {
      const { from, signed, fromTemplate, ref, template } = await sourceOf(request.fromCaseId);
      if (request.requestDate < signed.signingDate || request.requestDate > deps.today()) {
        throw new AppFailure(
          'invalid-input',
          `requestDate: Enter the date the request was received, between the report of ${formatUsDate(signed.signingDate)} and today.`,
        );
      }
      const data = deps.caseData.get(from.id);
      const fields: CaseFields = {
        examineeName: from.examineeName,
        dateOfBirth: from.dateOfBirth,
        claimNumber: from.claimNumber,
        employer: from.employer,
        claimsAdministrator: from.claimsAdministrator,
        reportKind: from.reportKind,
        // No examination for a supplemental; an IME addendum names the examination it adds to.
        examDate: names(template, 'case.examDate') ? from.examDate : null,
      };
      // Each item gets a new id: an injury, party or diagnosis belongs to one case.
      const parties = data.parties.map((p) => ({ ...p, id: randomUUID() }));
      const injuries = data.injuries.map((i) => ({ ...i, id: randomUUID(), bodyParts: i.bodyParts.map((b) => ({ ...b })) }));
      const diagnoses = data.diagnoses.map((d) => ({ ...d, id: randomUUID() }));
      const values: FieldValues = {
        ...carriedValues(data.values, template),
        requestDate: request.requestDate,
        requestingParty: request.requestingParty,
        priorReportDate: signed.signingDate,
      };
      return deps.db.transaction(() => {
        const created = deps.cases.create(fields, ref);
        if (parties.length) deps.caseData.saveParties(created.id, parties);
        if (injuries.length) deps.caseData.saveInjuries(created.id, injuries);
        if (diagnoses.length) deps.caseData.saveDiagnoses(created.id, diagnoses);
        deps.caseData.saveValues(created.id, values);
        if (from.reportKind === 'QME') {
          // The ML203 deadline and fee: 60 days from the request, priced on the pages received for this report.
          deps.discussion.saveSchedule(created.id, { ...EMPTY_SCHEDULE, supplementalRequestDate: request.requestDate });
          deps.discussion.saveFee(created.id, {
            code: 'ML203',
            modifiers: [],
            pagesReviewedOverride: null,
            minutes: null,
            combining: null,
          });
        } else if (request.dueDate) {
          deps.discussion.saveSchedule(created.id, { ...EMPTY_SCHEDULE, referralDueDate: request.dueDate });
        }
        deps.follows.insert(created.id, {
          caseId: from.id,
          version: signed.version,
          signingDate: signed.signingDate,
          templateTitle: fromTemplate.title,
        });
        return created;
      })();
    },
  };
}
