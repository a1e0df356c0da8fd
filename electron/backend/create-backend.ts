// Composition root of the backend: opens the database in the data folder, builds each domain (its repositories and
// service) and merges the domains' handler maps into the one registry. No business rule lives here.
// Electron main, the E2E bridge, the demo and the benchmarks all start the app through this one function.
import path from 'node:path';
import type { RecordsTotals } from '../common/records/report-totals';
import { todayIso } from '../common/util/iso-date';
import { caseDataHandlers } from './case-data/case-data.handlers';
import { createCaseDataRepository } from './case-data/case-data-repository';
import { createCaseDataService } from './case-data/case-data-service';
import { casesHandlers } from './cases/cases.handlers';
import { createCaseService } from './cases/case-service';
import { complianceHandlers } from './compliance/compliance.handlers';
import { discussionHandlers } from './discussion/discussion.handlers';
import { createDiscussionRepository } from './discussion/discussion-repository';
import { createDiscussionService } from './discussion/discussion-service';
import { documentsHandlers } from './documents/documents.handlers';
import { createDocumentRepository } from './documents/document-repository';
import { createDocumentService } from './documents/document-service';
import { exportHandlers } from './export/export.handlers';
import { createExportService } from './export/export-service';
import type { BackendHost } from './host';
import { createHandlerRegistry, type HandlerRegistry } from './ipc/handler-registry';
import { logError } from './log';
import { openDatabase, type Db, type OpenDatabaseOptions } from './persistence/open-database';
import { recordsHandlers } from './records/records.handlers';
import { createRecordsModule } from './records/records-module';
import { createRecordsService } from './records/records-service';
import { createReportAssembler } from './report/assemble-report';
import { seedSampleRecords } from './sample/seed-sample-records';
import { settingsHandlers } from './settings/settings.handlers';
import { createSettingsService } from './settings/settings-service';
import { templatesHandlers } from './templates/templates.handlers';
import { createTemplateService } from './templates/template-service';

export const DATA_DIR_ENV = 'MEDLEGAL_DATA_DIR';
const DATABASE_FILE_NAME = 'medlegal.sqlite3';

/** Built-in templates ship beside the code: templates/builtin from electron/backend and from dist/electron alike. */
export const DEFAULT_BUILTIN_TEMPLATES_DIR = path.resolve(__dirname, '../../templates/builtin');

/** The sample QME case's fictional record set, shipped beside the code like the templates. */
const DEFAULT_SAMPLE_RECORDS_DIR = path.resolve(__dirname, '../../resources/sample-records');

export interface BackendOptions extends OpenDatabaseOptions {
  dataDir: string;
  host: BackendHost;
  builtinTemplatesDir?: string;
  /** The clock deadlines count from; tests pass a fixed date. */
  now?: () => Date;
  /** Records review page totals per case, null while records review has no data (fee and page verification use it). */
  recordsTotals?: (caseId: string) => RecordsTotals | null;
  sampleRecordsDir?: string;
  /** Worker counts for records import and OCR (default: one per core). */
  recordsWorkers?: { extractWorkers?: number; ocrWorkers?: number };
  /** A PDF copy beside each signed .docx when LibreOffice is installed (default true; tests turn it off). */
  pdfCopies?: boolean;
}

export interface Backend {
  registry: HandlerRegistry;
  db: Db;
  services: ReturnType<typeof createServices>;
  /** Stops records work (import and OCR workers), then closes the database. */
  close(): Promise<void>;
}

function createServices(db: Db, options: BackendOptions) {
  const { dataDir, host } = options;
  const now = options.now ?? (() => new Date());
  const today = () => todayIso(now());
  const repos = {
    caseData: createCaseDataRepository(db),
    discussion: createDiscussionRepository(db),
    documents: createDocumentRepository(db),
  };
  const templates = createTemplateService({
    builtinDir: options.builtinTemplatesDir ?? DEFAULT_BUILTIN_TEMPLATES_DIR,
    userDir: path.join(dataDir, 'templates'),
  });
  const settings = createSettingsService({ db, host });
  const cases = createCaseService({
    db,
    ...repos,
    requireTemplate: templates.require,
    seedSampleRecords: (caseId) =>
      seedSampleRecords(recordsModule, caseId, options.sampleRecordsDir ?? DEFAULT_SAMPLE_RECORDS_DIR),
    today,
  });
  // Cases a crashed session left in the trash go for good now, before records' start-up sweep removes their files.
  cases.purgeDeleted();
  const recordsModule = createRecordsModule({
    db,
    dataDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...options.recordsWorkers,
  });
  const caseData = createCaseDataService(cases, repos.caseData);
  const records = createRecordsService({ records: recordsModule, host, cases });
  const recordsTotals = options.recordsTotals ?? records.totalsFor;
  const discussion = createDiscussionService({
    cases,
    caseData: (id) => repos.caseData.get(id),
    repo: repos.discussion,
    today,
    recordsTotals,
  });
  const documents = createDocumentService(cases, repos.documents);
  const assembler = createReportAssembler({
    cases,
    caseData,
    documents: repos.documents,
    templates,
    discussion,
    physician: settings.profile,
    records: { totals: recordsTotals, reviewedRows: records.reviewedRows },
    today,
  });
  const exports = createExportService({
    db,
    cases,
    caseData,
    assembler,
    settings,
    host,
    today,
    pdfCopies: options.pdfCopies,
  });
  return { cases, caseData, records, recordsModule, discussion, documents, templates, settings, assembler, exports };
}

export function createBackend(options: BackendOptions): Backend {
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), options);
  const services = createServices(db, options);
  const registry = createHandlerRegistry({
    ...casesHandlers(services.cases),
    ...caseDataHandlers(services.caseData),
    ...recordsHandlers(services.records),
    ...discussionHandlers(services.discussion),
    ...documentsHandlers(services.documents),
    ...templatesHandlers(services.templates),
    ...complianceHandlers(services.assembler),
    ...exportHandlers(services.exports),
    ...settingsHandlers(services.settings),
  });

  let closing: Promise<void> | null = null;
  const purgeTrash = () => {
    try {
      services.cases.purgeDeleted();
    } catch (error) {
      // Left for the next start, which purges first.
      logError('purging deleted cases at close', error);
    }
  };
  const close = () =>
    (closing ??= services.recordsModule
      .close()
      .then(purgeTrash)
      .finally(() => db.close()));
  return { registry, db, services, close };
}
