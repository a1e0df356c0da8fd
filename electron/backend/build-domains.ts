// Builds each domain's service from the one database and hands each the other domains it depends on, in dependency
// order. Which domain serves which channel is each domain's own handlers file; create-backend merges them.
import path from 'node:path';
import { templateValues } from '../common/report/template-values';
import { todayIso } from '../common/util/iso-date';
import {
  DEFAULT_BUILTIN_TEMPLATES_DIR,
  DEFAULT_SAMPLE_RECORDS_DIR,
  DEFAULT_STARTER_PHRASES_FILE,
  type BackendOptions,
} from './backend-options';
import { createAuditService } from './audit/audit-service';
import { createBackupService } from './backup/backup-service';
import { createSecurityService } from './security/security-service';
import { createCaseDataRepository } from './case-data/case-data-repository';
import { createCaseDataService } from './case-data/case-data-service';
import { createCaseService } from './cases/case-service';
import { createDiscussionRepository } from './discussion/discussion-repository';
import { createDiscussionService } from './discussion/discussion-service';
import { createDocumentRepository } from './documents/document-repository';
import { createDocumentService } from './documents/document-service';
import { createRevisionService } from './documents/revision-service';
import { createExportService } from './export/export-service';
import type { Db } from './persistence/open-database';
import { createPhrasesService } from './phrases/phrases-service';
import { createRecordsModule } from './records/records-module';
import { createRecordsService } from './records/records-service';
import { createReportAssembler } from './report/assemble-report';
import { seedSampleRecords } from './sample/seed-sample-records';
import { createSettingsService } from './settings/settings-service';
import { createTemplateService } from './templates/template-service';

export function buildDomains(db: Db, options: BackendOptions) {
  const { dataDir, host } = options;
  const now = options.now ?? (() => new Date());
  const today = () => todayIso(now());
  // The case service copies and deletes a case's rows in every table, so it shares these repositories with their domains.
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
  const sampleRecordsDir = options.sampleRecordsDir ?? DEFAULT_SAMPLE_RECORDS_DIR;
  const cases = createCaseService({
    db,
    ...repos,
    requireTemplate: templates.require,
    seedSampleRecords: (caseId, sample) => seedSampleRecords(recordsModule, caseId, path.join(sampleRecordsDir, sample)),
    today,
  });
  // Cases a crashed session left in the trash go for good now, before records' start-up sweep removes their files.
  cases.purgeDeleted();
  // The trail of a case purged longer ago than the retention period goes now (Settings → Audit trail).
  const audit = createAuditService({ db, host, now });
  audit.pruneExpired();
  const { nativeBinding } = options;
  const recordsModule = createRecordsModule({
    db,
    dataDir,
    ...(nativeBinding ? { nativeBinding } : {}),
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
  const revisions = createRevisionService({
    db,
    cases,
    documents: repos.documents,
    physicianName: () => settings.profile()?.name ?? '',
    now,
  });
  const documents = createDocumentService(cases, repos.documents, revisions);
  const assembler = createReportAssembler({
    cases,
    caseData,
    templates,
    discussion,
    today,
    documents: repos.documents,
    physician: settings.profile,
    records: { totals: recordsTotals, reviewedRows: records.reviewedRows },
  });
  const exports = createExportService({
    db,
    cases,
    caseData,
    revisions,
    assembler,
    settings,
    host,
    today,
    pdfCopies: options.pdfCopies,
  });
  // Phrases fill their placeholders from the values the report prints, through the report's own templateValues.
  const phrases = createPhrasesService({
    db,
    host,
    caseValues: (caseId) =>
      templateValues({ caseRecord: cases.get(caseId), data: caseData.get(caseId), physician: settings.profile() }),
    starterFile: DEFAULT_STARTER_PHRASES_FILE,
  });
  const security = createSecurityService({ dataDir, databaseKey: options.databaseKey, host, now });
  const backup = createBackupService({ db, dataDir, host, now, automaticTimer: options.automaticBackupTimer });
  return {
    cases,
    caseData,
    records,
    recordsModule,
    discussion,
    documents,
    revisions,
    templates,
    settings,
    assembler,
    exports,
    phrases,
    backup,
    security,
    audit,
  };
}
export type Domains = ReturnType<typeof buildDomains>;
