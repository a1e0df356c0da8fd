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
  close(): void;
}

export async function seedQmeCase(options: { psych?: boolean; out?: string } = {}): Promise<SeededBackend> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-export-'));
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  const backend = createBackend({ dataDir, host: { chooseSavePath: async (name) => options.out ?? path.join(dir, name) } });
  const { cases, caseData, documents, templates } = backend.services;
  const record = qmeCaseRecord();
  const template = await templates.require(record.template);
  const created = cases.create(
    {
      examineeName: record.examineeName,
      dateOfBirth: record.dateOfBirth,
      claimNumber: record.claimNumber,
      employer: record.employer,
      claimsAdministrator: record.claimsAdministrator,
      reportKind: record.reportKind,
      examDate: record.examDate,
    },
    record.template,
  );
  const data = qmeCaseData({ psych: options.psych });
  caseData.saveInjuries(created.id, data.injuries);
  caseData.saveParties(created.id, data.parties);
  caseData.saveDiagnoses(created.id, data.diagnoses);
  caseData.saveQuestions(created.id, data.questions);
  caseData.saveValues(created.id, data.values);
  for (const [sectionId, doc] of qmeDocuments(template)) documents.save(created.id, sectionId, doc);
  return {
    backend,
    dir,
    caseId: created.id,
    async close() {
      await backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
