// Composition root of the backend: opens the database in the data folder, builds services and the handler registry.
// Electron main, the E2E bridge, the demo and the benchmarks all start the app through this one function.
import path from 'node:path';
import type { RecordsTotals } from '../common/report/template-values';
import { todayIso } from '../common/util/iso-date';
import { createCaseDataRepository } from './case-data/case-data-repository';
import { createCaseRepository } from './cases/case-repository';
import { createDiscussionRepository } from './discussion/discussion-repository';
import { createDocumentRepository } from './documents/document-repository';
import type { BackendHost } from './host';
import { createHandlerRegistry, type HandlerRegistry } from './ipc/handler-registry';
import { openDatabase, type Db, type OpenDatabaseOptions } from './persistence/open-database';
import { createCaseDataService } from './services/case-data-service';
import { createCaseService } from './services/case-service';
import { createDiscussionService } from './services/discussion-service';
import { createDocumentService } from './services/document-service';
import { createExportService } from './services/export-service';
import { createReportAssembly } from './services/report-assembly';
import { createRecordsService } from './services/records-service';
import { createRecordsModule } from './records/records-module';
import { logError } from './log';
import { seedSampleRecords } from './sample/seed-sample-records';
import type { CaseRecord } from '../common/case/case-model';
import { createSettingsService } from './services/settings-service';
import { createSigningService } from './services/signing-service';
import { createSettingsRepository } from './settings/settings-repository';
import { createSigningRepository } from './signing/signing-repository';
import { createTemplateService } from './services/template-service';

export const DATA_DIR_ENV = 'MEDLEGAL_DATA_DIR';
export const DATABASE_FILE_NAME = 'medlegal.sqlite3';

/** Built-in templates ship beside the code: templates/builtin from electron/backend and from dist/electron alike. */
export const DEFAULT_BUILTIN_TEMPLATES_DIR = path.resolve(__dirname, '../../templates/builtin');

/** The sample QME case's fictional record set, shipped beside the code like the templates. */
export const DEFAULT_SAMPLE_RECORDS_DIR = path.resolve(__dirname, '../../resources/sample-records');

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
  openSample(sample: 'qme' | 'ltd'): Promise<CaseRecord>;
  /** Stops records work (import and OCR workers), then closes the database. */
  close(): Promise<void>;
}

function createServices(db: Db, options: BackendOptions) {
  const caseRepo = createCaseRepository(db);
  const documentRepo = createDocumentRepository(db);
  // The case list shows each case's next deadline, which the discussion service (created below) computes.
  const caseDataRepo = createCaseDataRepository(db);
  const discussionRepo = createDiscussionRepository(db);
  const cases = createCaseService(db, caseRepo, documentRepo, {
    caseData: caseDataRepo,
    discussion: discussionRepo,
    nextDeadlines: (records) => discussion.nextDeadlinesOf(records),
  });
  const caseData = createCaseDataService(cases, caseDataRepo);
  const now = options.now ?? (() => new Date());
  const recordsModule = createRecordsModule({ db, dataDir: options.dataDir, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...(options.recordsWorkers ?? {}) });
  const signingRepo = createSigningRepository(db);
  const records = createRecordsService(recordsModule, options.host, {
    caseExists: (caseId) => void cases.get(caseId),
    lastReportDate: (caseId) => {
      const entered = caseDataRepo.get(caseId).values.priorReportDate;
      if (typeof entered === 'string' && entered) return entered;
      const state = signingRepo.state(caseId);
      return state.signedVersion?.signingDate ?? state.previousVersions[0]?.signingDate ?? null;
    },
  });
  const discussion = createDiscussionService({
    getCase: cases.get,
    findCase: (id) => caseRepo.get(id),
    touchCase: cases.touch,
    caseData: (id) => caseDataRepo.get(id),
    repo: discussionRepo,
    today: () => todayIso(now()),
    recordsTotals: options.recordsTotals ?? records.totalsFor,
  });
  const documents = createDocumentService(cases, documentRepo);
  const templates = createTemplateService({
    builtinDir: options.builtinTemplatesDir ?? DEFAULT_BUILTIN_TEMPLATES_DIR,
    userDir: path.join(options.dataDir, 'templates'),
  });
  const exports = createExportService({ cases, caseData, documents: documentRepo, templates });
  const settings = createSettingsService({ repo: createSettingsRepository(db), host: options.host });
  const assembly = createReportAssembly({ cases, caseData, documents: documentRepo, templates, discussion, physician: () => settings.profile(), records: { totals: options.recordsTotals ?? records.totalsFor, reviewedRows: records.reviewedRows }, today: () => todayIso(now()) });
  const signing = createSigningService({
    db,
    repo: signingRepo,
    setCaseStatus: (id, status) => caseRepo.setStatus(id, status),
    cases,
    caseData,
    assembly,
    exports,
    settings,
    host: options.host,
    today: () => todayIso(now()),
    pdfCopies: options.pdfCopies,
  });
  return { cases, caseData, discussion, documents, templates, exports, assembly, settings, signing, records, recordsModule };
}

export function createBackend(options: BackendOptions): Backend {
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), options);
  // Cases a crashed session left in the trash go for good now, before records' start-up sweep removes their files.
  createCaseRepository(db).purgeDeleted();
  const services = createServices(db, options);
  const { cases, caseData, discussion, documents, templates, exports, assembly, settings, signing, records } = services;

  /** A sample case with everything entered; the QME sample also gets its record set imported and summarised. */
  async function openSample(sample: 'qme' | 'ltd') {
    const created = cases.openSample(sample);
    if (sample === 'qme') await seedSampleRecords(services.recordsModule, created.id, options.sampleRecordsDir ?? DEFAULT_SAMPLE_RECORDS_DIR);
    return created;
  }

  const registry = createHandlerRegistry({
    'cases:list': ({ query }) => cases.list(query),
    'cases:get': ({ id }) => signing.detail(id),
    'cases:reopenForEdit': ({ caseId }) => signing.reopenForEdit(caseId),
    'cases:create': async ({ fields, template }) => {
      if (template) await templates.require(template);
      return cases.create(fields, template);
    },
    'cases:update': ({ id, fields }) => cases.update(id, fields),
    'cases:delete': ({ id }) => cases.delete(id),
    'cases:restore': ({ id }) => cases.restore(id),
    'cases:openSample': ({ sample }) => openSample(sample),
    'caseData:get': ({ caseId }) => caseData.get(caseId),
    'caseData:saveInjuries': ({ caseId, items }) => caseData.saveInjuries(caseId, items),
    'caseData:saveParties': ({ caseId, items }) => caseData.saveParties(caseId, items),
    'caseData:saveDiagnoses': ({ caseId, items }) => caseData.saveDiagnoses(caseId, items),
    'caseData:saveMeasurements': ({ caseId, items }) => caseData.saveMeasurements(caseId, items),
    'caseData:saveQuestions': ({ caseId, items }) => caseData.saveQuestions(caseId, items),
    'caseData:saveValues': ({ caseId, values }) => caseData.saveValues(caseId, values),
    'records:overview': ({ caseId }) => records.overview(caseId),
    'records:chooseAndImport': ({ caseId, batch }) => records.chooseAndImport(caseId, batch),
    'records:importPaths': ({ caseId, batch, paths }) => records.importPaths(caseId, batch, paths),
    'records:importStatus': ({ jobId }) => records.importStatus(jobId),
    'records:setOcrPaused': ({ paused }) => records.setOcrPaused(paused),
    'records:cancelImport': ({ jobId }) => records.cancelImport(jobId),
    'records:updateBatch': ({ batchId, batch }) => records.updateBatch(batchId, batch),
    'records:deleteBatch': ({ batchId }) => records.deleteBatch(batchId),
    'records:setDuplicateCounted': ({ fileId, pageFrom, pageTo, counted }) => records.setDuplicateCounted(fileId, pageFrom, pageTo, counted),
    'records:search': ({ caseId, query, limit }) => records.search(caseId, query, limit),
    'records:readFile': ({ fileId, start, length }) => records.readFile(fileId, start, length),
    'records:viewingPage': ({ fileId, pageNumber }) => records.viewingPage(fileId, pageNumber),
    'records:pageText': ({ fileId, pageNumber }) => records.pageText(fileId, pageNumber),
    'records:suggestEntry': ({ fileId, pageNumber }) => records.suggestEntry(fileId, pageNumber),
    'chronology:list': ({ caseId }) => records.listChronology(caseId),
    'chronology:create': ({ caseId, entry }) => records.createEntry(caseId, entry),
    'chronology:update': ({ entryId, entry }) => records.updateEntry(entryId, entry),
    'chronology:delete': ({ entryId }) => records.deleteEntry(entryId),
    'compliance:check': ({ caseId }) => assembly.compliance(caseId),
    'discussion:get': ({ caseId }) => discussion.get(caseId),
    'discussion:saveImpairments': ({ caseId, items, combine }) => discussion.saveImpairments(caseId, items, combine),
    'discussion:saveApportionment': ({ caseId, items }) => discussion.saveApportionment(caseId, items),
    'discussion:savePriorAwards': ({ caseId, items }) => discussion.savePriorAwards(caseId, items),
    'discussion:saveDisability': ({ caseId, tdPeriods, ps }) => discussion.saveDisability(caseId, tdPeriods, ps),
    'discussion:saveSchedule': ({ caseId, schedule }) => discussion.saveSchedule(caseId, schedule),
    'discussion:saveFee': ({ caseId, fee }) => discussion.saveFee(caseId, fee),
    'discussion:summary': ({ caseId }) => discussion.summary(caseId),
    'templates:list': () => templates.list(),
    'templates:get': (ref) => templates.require(ref),
    'templates:copyToUserFolder': (ref) => templates.copyToUserFolder(ref),
    'documents:get': ({ caseId, sectionId }) => documents.get(caseId, sectionId),
    'documents:filled': ({ caseId }) => documents.filled(caseId),
    'documents:save': ({ caseId, sectionId, content }) => documents.save(caseId, sectionId, content),
    'export:docx': ({ caseId, proofOfService }) => signing.exportDraft({ caseId, proofOfService }),
    'export:sign': (input) => signing.sign(input),
    'export:history': ({ caseId }) => signing.history(caseId),
    'settings:getProfile': () => settings.view(),
    'settings:saveProfile': (profile) => settings.saveProfile(profile),
    'settings:chooseSignatureImage': () => settings.chooseSignatureImage(),
    'settings:clearSignatureImage': () => settings.clearSignatureImage(),
    'settings:chooseLetterhead': () => settings.chooseLetterhead(),
    'settings:clearLetterhead': () => settings.clearLetterhead(),
  });

  let closing: Promise<void> | null = null;
  const purgeTrash = () => {
    try {
      cases.purgeDeleted();
    } catch (error) {
      // Left for the next start, which purges first.
      logError('purging deleted cases at close', error);
    }
  };
  const close = () => (closing ??= services.recordsModule.close().then(purgeTrash).finally(() => db.close()));
  return { registry, db, services, openSample, close };
}
