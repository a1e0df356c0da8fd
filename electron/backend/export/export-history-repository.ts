// Rows of export_history: one per file written (draft or signed), with the file's SHA-256, the blocking items of a draft
// and the warnings a signature was knowingly given past; and the folders reports were written to (export_folders).
import path from 'node:path';
import type { ExportRecord } from '../../common/ipc/export.contract';
import { recordAudit } from '../audit/record-audit';
import type { Db } from '../persistence/open-database';

interface HistoryRow {
  id: string;
  case_id: string;
  case_version: number;
  exported_at: string;
  file_path: string;
  sha256: string;
  bytes: number;
  template_id: string;
  template_version: number;
  signed: number;
  incomplete: number;
  blocking_items: string;
  proof_of_service: number;
  letterhead: number;
  pdf_path: string | null;
  accepted_warnings: string;
}

/** A stored list of { id, label, message }; written by this repository, so a damaged one only reads as empty. */
function parseItems(json: string): ExportRecord['blockingItems'] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as ExportRecord['blockingItems']) : [];
  } catch {
    return [];
  }
}

const toEntry = (r: HistoryRow): ExportRecord => ({
  id: r.id,
  caseId: r.case_id,
  caseVersion: r.case_version,
  exportedAt: r.exported_at,
  filePath: r.file_path,
  sha256: r.sha256,
  bytes: r.bytes,
  template: { id: r.template_id, version: r.template_version },
  signed: r.signed === 1,
  incomplete: r.incomplete === 1,
  blockingItems: parseItems(r.blocking_items),
  proofOfService: r.proof_of_service === 1,
  letterhead: r.letterhead === 1,
  pdfPath: r.pdf_path,
  acceptedWarnings: parseItems(r.accepted_warnings),
});

export type NewHistoryEntry = Omit<ExportRecord, 'pdfPath'>;

/** What the audit trail keeps of an export: the file's name (not its folder), kind, version and SHA-256. */
const exportDetail = (e: NewHistoryEntry) => ({
  fileName: path.basename(e.filePath),
  kind: e.signed ? 'signed' : 'draft',
  version: e.caseVersion,
  sha256: e.sha256,
});

export function createExportHistoryRepository(db: Db) {
  const insertHistory =
    db.prepare(`INSERT INTO export_history (id, case_id, case_version, exported_at, file_path, sha256, bytes, template_id,
      template_version, signed, incomplete, blocking_items, proof_of_service, letterhead, accepted_warnings)
    VALUES (@id, @caseId, @caseVersion, @exportedAt, @filePath, @sha256, @bytes, @templateId, @templateVersion, @signed, @incomplete,
      @blockingItems, @proofOfService, @letterhead, @acceptedWarnings)`);
  const rememberFolder = db.prepare('INSERT OR IGNORE INTO export_folders (folder, first_used_at) VALUES (?, ?)');
  const folders = db.prepare('SELECT folder FROM export_folders');
  const history = db.prepare('SELECT * FROM export_history WHERE case_id = ? ORDER BY exported_at DESC, rowid DESC');
  const setPdf = db.prepare('UPDATE export_history SET pdf_path = ? WHERE id = ?');
  const paths = db.prepare('SELECT DISTINCT file_path FROM export_history');
  const byId = db.prepare('SELECT * FROM export_history WHERE id = ?');

  return {
    insert(e: NewHistoryEntry): void {
      recordAudit(db, { caseId: e.caseId, action: 'report.exported', detail: exportDetail(e) });
      insertHistory.run({
        id: e.id,
        caseId: e.caseId,
        caseVersion: e.caseVersion,
        exportedAt: e.exportedAt,
        filePath: e.filePath,
        sha256: e.sha256,
        bytes: e.bytes,
        templateId: e.template.id,
        templateVersion: e.template.version,
        signed: e.signed ? 1 : 0,
        incomplete: e.incomplete ? 1 : 0,
        blockingItems: JSON.stringify(e.blockingItems),
        proofOfService: e.proofOfService ? 1 : 0,
        letterhead: e.letterhead ? 1 : 0,
        acceptedWarnings: JSON.stringify(e.acceptedWarnings),
      });
    },
    list: (caseId: string): ExportRecord[] => (history.all(caseId) as HistoryRow[]).map(toEntry),
    get: (id: string): ExportRecord | null => {
      const row = byId.get(id) as HistoryRow | undefined;
      return row ? toEntry(row) : null;
    },
    setPdfPath: (id: string, pdfPath: string) => setPdf.run(pdfPath, id),
    /** Remembers a folder before a report is written there, so a crash during that first write is swept too. */
    rememberFolder: (folder: string) => rememberFolder.run(folder, new Date().toISOString()),
    /** Every folder a report was (or was about to be) saved to, of every case: where a crash may have left a temp copy. */
    allFolders: (): string[] => [
      ...new Set([
        ...(paths.all() as { file_path: string }[]).map((r) => path.dirname(r.file_path)),
        ...(folders.all() as { folder: string }[]).map((r) => r.folder),
      ]),
    ],
  };
}
