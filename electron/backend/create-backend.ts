// Composition root of the backend: opens the database in the data folder, builds services and the handler registry.
// Electron main, the E2E bridge, the demo and the benchmarks all start the app through this one function.
import path from 'node:path';
import { createCaseRepository } from './cases/case-repository';
import { createDocumentRepository } from './documents/document-repository';
import type { BackendHost } from './host';
import { createHandlerRegistry, type HandlerRegistry } from './ipc/handler-registry';
import { openDatabase, type Db, type OpenDatabaseOptions } from './persistence/open-database';
import { createCaseService } from './services/case-service';
import { createDocumentService } from './services/document-service';
import { createExportService } from './services/export-service';

export const DATA_DIR_ENV = 'MEDLEGAL_DATA_DIR';
export const DATABASE_FILE_NAME = 'medlegal.sqlite3';

export interface BackendOptions extends OpenDatabaseOptions {
  dataDir: string;
  host: BackendHost;
}

export interface Backend {
  registry: HandlerRegistry;
  db: Db;
  services: ReturnType<typeof createServices>;
  close(): void;
}

function createServices(db: Db, host: BackendHost) {
  const caseRepo = createCaseRepository(db);
  const documentRepo = createDocumentRepository(db);
  const cases = createCaseService(db, caseRepo, documentRepo);
  const documents = createDocumentService(cases, documentRepo);
  const exports = createExportService(cases, documentRepo, host);
  return { cases, documents, exports };
}

export function createBackend(options: BackendOptions): Backend {
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), options);
  const services = createServices(db, options.host);
  const { cases, documents, exports } = services;

  const registry = createHandlerRegistry({
    'cases:list': ({ query }) => cases.list(query),
    'cases:get': ({ id }) => cases.get(id),
    'cases:create': ({ fields }) => cases.create(fields),
    'cases:update': ({ id, fields }) => cases.update(id, fields),
    'cases:delete': ({ id }) => cases.delete(id),
    'cases:openSample': () => cases.openSample(),
    'documents:get': ({ caseId, sectionId }) => documents.get(caseId, sectionId),
    'documents:save': ({ caseId, sectionId, content }) => documents.save(caseId, sectionId, content),
    'export:docx': ({ caseId }) => exports.exportWithDialog(caseId),
  });

  return { registry, db, services, close: () => db.close() };
}
