// Puts the fictional QME case of the export tests into a real backend (SQLite in a temp data folder), the way the
// workspace saves it: case, injuries, parties, diagnoses, measurements, questions, entered values, the P&S status, every
// section document and, when asked, the ratings and apportionment a permanent and stationary report must carry to be signed.
import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../../electron/backend/create-backend';
import type { Apportionment, Impairment } from '../../../electron/common/case/discussion-model';
import { psFromFieldValues } from '../../../electron/common/case/ps-status-fields';
import type { Injury } from '../../../electron/common/case/structure-model';
import { createTempBackend } from '../../helpers/temp-backend';
import type { RenderOptions } from '../../../electron/backend/report/docx/build-template-report';
import { renderReport } from '../../../electron/backend/report/render-report';
import { GENERATOR_DATA, PHYSICIAN, qmeCaseData, qmeCaseRecord, qmeDocuments } from '../../unit/report/docx/report-fixture';

export interface SeededBackend {
  backend: Backend;
  dir: string;
  caseId: string;
  close(): Promise<void>;
}

/** The ratings behind GENERATOR_DATA's tables, as the discussion tools save them: every claimed body part rated (0% where
 * there is none) with its Guides citation, and each with impairment apportioned with how and why. */
function fixtureRatings([lifting, scanning]: Injury[]): { impairments: Impairment[]; apportionments: Apportionment[] } {
  const rating = (injury: Injury, n: number, bodyPart: string, method: string, citation: string, wpi: number): Impairment => ({
    id: `00000000-0000-4000-8000-00000000050${n}`,
    injuryId: injury.id,
    bodyPart,
    method,
    citation,
    regionalValue: null,
    regionalLevel: null,
    wpi,
    region: null,
    almarazGuzman: null,
  });
  return {
    impairments: [
      rating(lifting!, 1, 'Lumbar spine', 'DRE lumbar category III', 'Table 15-3, p. 384', 10),
      rating(lifting!, 2, 'Left lower extremity', 'Diagnosis-based estimate, no impairment', 'Table 17-33, p. 546', 0),
      rating(scanning!, 3, 'Right wrist', 'Entrapment neuropathy', 'Table 16-15, p. 492', 3),
    ],
    apportionments: [
      {
        id: '00000000-0000-4000-8000-000000000601',
        injuryId: lifting!.id,
        bodyPart: 'Lumbar spine',
        industrialPercent: 80,
        industrialExplanation:
          'The lifting injury of 01/15/2026 caused the L4-5 disc herniation and the left L5 radiculopathy seen on the MRI. ' +
          'The radicular findings on examination follow from that herniation and account for most of the present disability.',
        factors: [
          {
            kind: 'pre-existing-pathology',
            label: 'Pre-existing degenerative disc disease L4-5',
            percent: 20,
            explanation:
              'The 2019 lumbar films show multilevel disc desiccation at L4-5 that predates the injury. ' +
              'That degeneration narrows the disc space on its own and causes part of the present loss of motion.',
          },
        ],
        cannotApportion: false,
        cannotApportionReasons: '',
      },
      {
        id: '00000000-0000-4000-8000-000000000602',
        injuryId: scanning!.id,
        bodyPart: 'Right wrist',
        industrialPercent: 100,
        industrialExplanation:
          'Two years of repetitive scanning at work caused the median nerve entrapment shown on the nerve conduction study. ' +
          'There is no prior wrist injury, disease or complaint, so the whole of the wrist disability is industrial.',
        factors: [],
        cannotApportion: false,
        cannotApportionReasons: '',
      },
    ],
  };
}

/**
 * Saves the fixture QME case into a backend through its services, the way the workspace saves it, and returns its id.
 * `withoutSigningDate` leaves the fixture's signing date out, for tests where signing stamps it; `ratings` saves the
 * impairment ratings and apportionment too (signing refuses a permanent and stationary report without them).
 */
export async function putFixtureQmeCase(
  backend: Backend,
  options: { psych?: boolean; withoutSigningDate?: boolean; ratings?: boolean } = {},
): Promise<string> {
  const { cases, caseData, discussion, documents, templates } = backend.services;
  const record = qmeCaseRecord();
  const template = await templates.require(record.template);
  const { examineeName, dateOfBirth, claimNumber, employer, claimsAdministrator, reportKind, examDate } = record;
  const created = await cases.create(
    { examineeName, dateOfBirth, claimNumber, employer, claimsAdministrator, reportKind, examDate },
    record.template,
  );
  const data = qmeCaseData({ psych: options.psych });
  caseData.saveInjuries(created.id, data.injuries);
  caseData.saveParties(created.id, data.parties);
  caseData.saveDiagnoses(created.id, data.diagnoses);
  caseData.saveMeasurements(created.id, data.measurements);
  caseData.saveQuestions(created.id, data.questions);
  const { 'signing.date': signingDate, psStatus, psDate, ...values } = data.values;
  caseData.saveValues(created.id, options.withoutSigningDate ? values : { ...values, 'signing.date': signingDate ?? null });
  // The template's P&S fields are the discussion's one P&S status, as the workspace saves an edit of them.
  discussion.saveDisability(created.id, [], psFromFieldValues({ psStatus: psStatus ?? null, psDate: psDate ?? null }));
  if (options.ratings) {
    const { impairments, apportionments } = fixtureRatings(data.injuries);
    discussion.saveImpairments(created.id, impairments);
    discussion.saveApportionment(created.id, apportionments);
  }
  for (const [sectionId, doc] of qmeDocuments(template)) documents.save(created.id, sectionId, doc);
  return created.id;
}

export async function seedQmeCase(options: { psych?: boolean; out?: string } = {}): Promise<SeededBackend> {
  const temp = createTempBackend({
    prefix: 'medlegal-export-',
    dataSubdir: 'data',
    host: { chooseSavePath: async (name) => options.out ?? path.join(temp.dir, name) },
  });
  try {
    const caseId = await putFixtureQmeCase(temp.backend, { psych: options.psych });
    return { backend: temp.backend, dir: temp.dir, caseId, close: temp.cleanup };
  } catch (error) {
    await temp.cleanup();
    throw error;
  }
}

/**
 * Renders the seeded case through the one report pipeline and writes the .docx, with the fixture's physician, page
 * totals and table rows in place of the (empty) settings and records review of the temporary backend.
 */
export async function exportFixtureReport(seeded: SeededBackend, filePath: string, options: RenderOptions): Promise<void> {
  const report = await seeded.backend.services.assembler.assemble(seeded.caseId);
  const fixture = { physician: PHYSICIAN, records: { totalPagesReceived: 60, totalPagesReviewed: 48 }, tables: GENERATOR_DATA };
  const { buffer } = await renderReport({ ...report, ...fixture }, options);
  fs.writeFileSync(filePath, buffer);
}
