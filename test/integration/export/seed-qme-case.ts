// Puts the fictional QME case of the export tests into a real backend (SQLite in a temp data folder), the way the
// workspace saves it: case, injuries, parties, diagnoses, questions, entered values and every section document.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { qmeCaseData, qmeCaseRecord, qmeDocuments } from '../../unit/export/report-fixture';

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
export async function putFixtureQmeCase(backend: Backend, options: { psych?: boolean; withoutSigningDate?: boolean } = {}): Promise<string> {
  const { cases, caseData, documents, templates } = backend.services;
  const record = qmeCaseRecord();
  const template = await templates.require(record.template);
  const { examineeName, dateOfBirth, claimNumber, employer, claimsAdministrator, reportKind, examDate } = record;
  const created = cases.create({ examineeName, dateOfBirth, claimNumber, employer, claimsAdministrator, reportKind, examDate }, record.template);
  const data = qmeCaseData({ psych: options.psych });
  caseData.saveInjuries(created.id, data.injuries);
  caseData.saveParties(created.id, data.parties);
  caseData.saveDiagnoses(created.id, data.diagnoses);
  caseData.saveQuestions(created.id, data.questions);
  const { 'signing.date': signingDate, ...values } = data.values;
  caseData.saveValues(created.id, options.withoutSigningDate ? values : { ...values, 'signing.date': signingDate ?? null });
  for (const [sectionId, doc] of qmeDocuments(template)) documents.save(created.id, sectionId, doc);
  return created.id;
}

export async function seedQmeCase(options: { psych?: boolean; out?: string } = {}): Promise<SeededBackend> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-export-'));
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  const backend = createBackend({ dataDir, host: { chooseSavePath: async (name) => options.out ?? path.join(dir, name) } });
  const caseId = await putFixtureQmeCase(backend, { psych: options.psych });
  return {
    backend,
    dir,
    caseId,
    async close() {
      await backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
