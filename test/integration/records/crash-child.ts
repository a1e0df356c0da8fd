// Child process for the crash test: imports the given files into a fresh case and prints its progress as JSON
// lines until the parent kills it (SIGKILL, like a power cut or a crash).
import path from 'node:path';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import { createRecordsModule } from '../../../electron/backend/records/records-module';

const [dataDir, caseId, ...files] = process.argv.slice(2);
const db = openDatabase(path.join(dataDir!, 'medlegal.sqlite3'));
const now = new Date().toISOString();
db.prepare(
  `INSERT INTO cases (id, examinee_name, report_kind, created_at, updated_at) VALUES (?, 'Sample, Pat (fictional)', 'QME', ?, ?)`,
).run(caseId, now, now);
const records = createRecordsModule({ db, dataDir: dataDir!, resumeOcr: false });
const jobId = records.imports.startImport(
  caseId!,
  { sender: 'Defense attorney', dateReceived: '2024-03-01', declaredPageCount: null, senderDeclarationReceived: true },
  files,
);
const timer = setInterval(() => process.stdout.write(`${JSON.stringify(records.imports.getImportStatus(jobId))}\n`), 10);
void records.imports.waitForImport(jobId).then(async (status) => {
  clearInterval(timer);
  process.stdout.write(`${JSON.stringify(status)}\n`);
  await records.close();
});
