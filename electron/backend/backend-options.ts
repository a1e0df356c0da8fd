// What a caller (Electron main, the E2E bridge, the demo, the benchmarks, the tests) can set when it starts the backend,
// and where the files shipped beside the code are found by default.
import path from 'node:path';
import type { RecordsTotals } from '../common/records/report-totals';
import type { CheckTimer } from './backup/automatic-backups';
import type { BackendHost } from './host';
import type { OpenDatabaseOptions } from './persistence/open-database';

export const DATA_DIR_ENV = 'MEDLEGAL_DATA_DIR';
export const DATABASE_FILE_NAME = 'medlegal.sqlite3';

/** Built-in templates ship beside the code: templates/builtin from electron/backend and from dist/electron alike. */
export const DEFAULT_BUILTIN_TEMPLATES_DIR = path.resolve(__dirname, '../../templates/builtin');

/** The sample QME case's fictional record set, shipped beside the code like the templates. */
export const DEFAULT_SAMPLE_RECORDS_DIR = path.resolve(__dirname, '../../resources/sample-records');

/** The starter phrases (examples to edit) that "Add the starter phrases" copies into the physician's own. */
export const DEFAULT_STARTER_PHRASES_FILE = path.resolve(__dirname, '../../resources/phrases/starter-phrases.json');

/** The app's package.json (its version goes into each backup's manifest), beside the code like the templates. */
export const PACKAGE_JSON_FILE = path.resolve(__dirname, '../../package.json');

export interface BackendOptions extends OpenDatabaseOptions {
  dataDir: string;
  /**
   * The data folder's random 256-bit key that encrypts the database (decision record 0011). Required, so no caller opens
   * the physician's data unencrypted by forgetting it; null only where a plain file is wanted on purpose (the benchmarks'
   * baseline). Never logged.
   */
  databaseKey: Uint8Array | null;
  host: BackendHost;
  builtinTemplatesDir?: string;
  /** The clock deadlines count from; tests pass a fixed date. */
  now?: () => Date;
  /** Records review page totals per case, null while records review has no data (fee and page verification use it). */
  recordsTotals?: (caseId: string) => RecordsTotals | null;
  sampleRecordsDir?: string;
  /** Worker counts for records import and OCR (default: one per core). */
  recordsWorkers?: { extractWorkers?: number; ocrWorkers?: number };
  /**
   * Schedules the automatic-backup checks (default: half a minute after start, then hourly) and returns how to stop
   * them; tests pass a timer they drive, so no test waits an hour.
   */
  automaticBackupTimer?: CheckTimer;
  /** A PDF copy beside each signed .docx when LibreOffice is installed (default true; tests turn it off). */
  pdfCopies?: boolean;
}
