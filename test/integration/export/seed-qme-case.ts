// Puts the fictional QME case of the export tests into a real backend (SQLite in a temp data folder), the way the
// workspace saves it: case, injuries, parties, diagnoses, measurements, questions, entered values, the P&S status and every
// section document.
import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../../electron/backend/create-backend';
import { psFromFieldValues } from '../../../electron/common/case/ps-status-fields';
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

/**
 * Saves the fixture QME case into a backend through its services, the way the workspace saves it, and returns its id.
 * `withoutSigningDate` leaves the fixture's signing date out, for tests where signing stamps it.
 */
export async function putFixtureQmeCase(
  backend: Backend,
  options: { psych?: boolean; withoutSigningDate?: boolean } = {},
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
