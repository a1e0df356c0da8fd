// Rows of case_signatures (one per signed version of a case) and export_history (one per file written).
import type { CaseSigningState, ExportHistoryEntry, SignedVersion } from '../../common/case/signing-model';
import type { Db } from '../persistence/open-database';

interface SignatureRow {
  version: number;
  signed_at: string;
  signing_date: string;
  county: string;
  reopened_at: string | null;
}

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
}

const toSigned = (r: SignatureRow): SignedVersion => ({ version: r.version, signedAt: r.signed_at, signingDate: r.signing_date, county: r.county });

function parseBlocking(json: string): ExportHistoryEntry['blockingItems'] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as ExportHistoryEntry['blockingItems']) : [];
  } catch {
    return [];
  }
}

const toEntry = (r: HistoryRow): ExportHistoryEntry => ({
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
  blockingItems: parseBlocking(r.blocking_items),
  proofOfService: r.proof_of_service === 1,
  letterhead: r.letterhead === 1,
  pdfPath: r.pdf_path,
});

export type NewHistoryEntry = Omit<ExportHistoryEntry, 'pdfPath'>;

export function createSigningRepository(db: Db) {
  const signatures = db.prepare('SELECT version, signed_at, signing_date, county, reopened_at FROM case_signatures WHERE case_id = ? ORDER BY version DESC');
  const insertSignature = db.prepare(`INSERT INTO case_signatures (case_id, version, signed_at, signing_date, county)
    VALUES (@caseId, @version, @signedAt, @signingDate, @county)`);
  const reopen = db.prepare('UPDATE case_signatures SET reopened_at = ? WHERE case_id = ? AND version = ? AND reopened_at IS NULL');
  const insertHistory = db.prepare(`INSERT INTO export_history (id, case_id, case_version, exported_at, file_path, sha256, bytes, template_id,
      template_version, signed, incomplete, blocking_items, proof_of_service, letterhead)
    VALUES (@id, @caseId, @caseVersion, @exportedAt, @filePath, @sha256, @bytes, @templateId, @templateVersion, @signed, @incomplete,
      @blockingItems, @proofOfService, @letterhead)`);
  const history = db.prepare('SELECT * FROM export_history WHERE case_id = ? ORDER BY exported_at DESC, rowid DESC');
  const historyById = db.prepare('SELECT * FROM export_history WHERE id = ?');
  const setPdf = db.prepare('UPDATE export_history SET pdf_path = ? WHERE id = ?');

  return {
    /** Version 1 until first signed; a signed version stays current until reopened, which starts the next one. */
    state(caseId: string): CaseSigningState {
      const rows = signatures.all(caseId) as SignatureRow[];
      const latest = rows[0];
      if (!latest) return { version: 1, signedVersion: null, previousVersions: [] };
      if (latest.reopened_at) return { version: latest.version + 1, signedVersion: null, previousVersions: rows.map(toSigned) };
      return { version: latest.version, signedVersion: toSigned(latest), previousVersions: rows.slice(1).map(toSigned) };
    },
    insertSignature: (s: SignedVersion & { caseId: string }) => insertSignature.run(s),
    markReopened: (caseId: string, version: number, at: string) => reopen.run(at, caseId, version).changes > 0,
    insertHistory(e: NewHistoryEntry): void {
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
      });
    },
    history: (caseId: string): ExportHistoryEntry[] => (history.all(caseId) as HistoryRow[]).map(toEntry),
    historyEntry: (id: string): ExportHistoryEntry | null => {
      const row = historyById.get(id) as HistoryRow | undefined;
      return row ? toEntry(row) : null;
    },
    setPdfPath: (id: string, pdfPath: string) => setPdf.run(pdfPath, id),
  };
}
export type SigningRepository = ReturnType<typeof createSigningRepository>;
