// Composition root of the backend: opens the database in the data folder, builds the domains and merges the domains'
// handler maps into the one registry. No business rule lives here.
// Electron main, the E2E bridge, the demo and the benchmarks all start the app through this one function.
import path from 'node:path';
import { DATABASE_FILE_NAME, type BackendOptions } from './backend-options';
import { buildDomains, type Domains } from './build-domains';
import { auditHandlers } from './audit/audit.handlers';
import { backupHandlers } from './backup/backup.handlers';
import { applyPendingRestore, pendingRestoreInfo } from './backup/pending-restore';
import { recordAudit } from './audit/record-audit';
import { caseDataHandlers } from './case-data/case-data.handlers';
import { casesHandlers } from './cases/cases.handlers';
import { complianceHandlers } from './compliance/compliance.handlers';
import { discussionHandlers } from './discussion/discussion.handlers';
import { documentsHandlers } from './documents/documents.handlers';
import { revisionsHandlers } from './documents/revisions.handlers';
import { exportHandlers } from './export/export.handlers';
import { createHandlerRegistry, type HandlerRegistry } from './ipc/handler-registry';
import { logError } from './log';
import { acquireDataFolderLock } from './persistence/data-folder-lock';
import { prepareDataFolder } from './persistence/private-files';
import { openDatabase, type Db } from './persistence/open-database';
import { phrasesHandlers } from './phrases/phrases.handlers';
import { recordsHandlers } from './records/records.handlers';
import { securityHandlers } from './security/security.handlers';
import { settingsHandlers } from './settings/settings.handlers';
import { templatesHandlers } from './templates/templates.handlers';

export interface Backend {
  registry: HandlerRegistry;
  db: Db;
  services: Domains;
  /** Stops records work (import and OCR workers), then closes the database. */
  close(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const lock = acquireDataFolderLock(prepareDataFolder(options.dataDir));
  let db: Db;
  let services: Domains;
  try {
    // A restore the physician confirmed is swapped in now, while nothing has the database open (backup/pending-restore.ts).
    const restoring = pendingRestoreInfo(options.dataDir);
    const restored = applyPendingRestore(options.dataDir);
    db = openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), options);
    // Recorded in the restored database, the one that goes on; the one it replaced is in the automatic backup.
    if (restored) recordAudit(db, { caseId: null, action: 'backup.restored', detail: { fileName: restoring?.fileName ?? '' } });
    try {
      services = buildDomains(db, options);
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
  const registry = createHandlerRegistry({
    ...casesHandlers(services.cases),
    ...caseDataHandlers(services.caseData),
    ...recordsHandlers(services.records),
    ...discussionHandlers(services.discussion),
    ...documentsHandlers(services.documents),
    ...revisionsHandlers(services.revisions),
    ...templatesHandlers(services.templates),
    ...complianceHandlers(services.assembler),
    ...exportHandlers(services.exports),
    ...settingsHandlers(services.settings),
    ...phrasesHandlers(services.phrases),
    ...backupHandlers(services.backup),
    ...securityHandlers(services.security),
    ...auditHandlers(services.audit),
  });

  // Automatic backups check from now on, on their own timer: a due one never holds up the start.
  services.backup.automatic.start();

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
      .then(services.backup.close)
      .finally(() => {
        db.close();
        lock.release();
      }));
  return { registry, db, services, close };
}
