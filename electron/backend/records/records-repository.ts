// Rows of record_batches, record_files and record_pages. A file and all its pages are written in one transaction,
// so a file row is the proof that the file is fully imported. Prepared statements only.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record-audit';
import type { Db } from '../persistence/open-database';
import type { ExtractedPage } from './pdf-text-extractor';
import type {
  NewBatchInput,
  PageProblem,
  RecordBatch,
  RecordFile,
  RecordFileStatus,
  RecordPage,
} from '../../common/records/records-types';

/** Text read with line-end hyphens joined, form fields, page labels and Bates stamps; older files are re-read. */
const CURRENT_TEXT_VERSION = 2;

interface BatchRow {
  id: string;
  case_id: string;
  sender: string;
  date_received: string;
  declared_page_count: number | null;
  sender_declaration_received: number;
  created_at: string;
  updated_at: string;
}
interface FileRow {
  id: string;
  batch_id: string;
  case_id: string;
  sha256: string;
  original_name: string;
  stored_path: string;
  byte_size: number;
  page_count: number;
  status: RecordFileStatus;
  imported_at: string;
  ocr_pending: number;
}
interface PageRow {
  id: number;
  file_id: string;
  page_number: number;
  text: string;
  has_text_layer: number;
  ocr_done: number;
  ocr_error: string | null;
  reviewed_at: string | null;
  count_if_duplicate: number;
  problem: PageProblem | null;
  page_label: string | null;
  bates: string | null;
}

export interface StoredFileRef {
  id: string;
  caseId: string;
  storedPath: string;
  originalName: string;
  byteSize: number;
  pageCount: number;
}

export interface PendingOcrPage {
  pageId: number;
  fileId: string;
  caseId: string;
  pageNumber: number;
  storedPath: string;
}

export interface CommitFilePayload {
  fileId: string;
  batchId: string;
  caseId: string;
  sha256: string;
  originalName: string;
  /** Relative to the data folder. */
  storedPath: string;
  byteSize: number;
  importedAt: string;
  pages: ExtractedPage[];
}

export type CommitResult =
  | { status: 'committed' }
  | { status: 'duplicate'; existingFileName: string; existingSender: string }
  | { status: 'batch-missing' };

const toBatch = (r: BatchRow): RecordBatch => ({
  id: r.id,
  caseId: r.case_id,
  sender: r.sender,
  dateReceived: r.date_received,
  declaredPageCount: r.declared_page_count,
  senderDeclarationReceived: r.sender_declaration_received === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toFile = (r: FileRow): RecordFile => ({
  id: r.id,
  batchId: r.batch_id,
  caseId: r.case_id,
  sha256: r.sha256,
  originalName: r.original_name,
  byteSize: r.byte_size,
  pageCount: r.page_count,
  status: r.status,
  importedAt: r.imported_at,
  ocrPendingPages: r.ocr_pending,
});
const toPage = (r: PageRow): RecordPage => ({
  id: r.id,
  fileId: r.file_id,
  pageNumber: r.page_number,
  text: r.text,
  hasTextLayer: r.has_text_layer === 1,
  ocrDone: r.ocr_done === 1,
  ocrError: r.ocr_error,
  reviewedAt: r.reviewed_at,
  countIfDuplicate: r.count_if_duplicate === 1,
  problem: r.problem,
  pageLabel: r.page_label,
  bates: r.bates,
});

const FILE_COLUMNS = `f.*, (SELECT COUNT(*) FROM record_pages p WHERE p.file_id = f.id AND p.has_text_layer = 0 AND p.ocr_done = 0) AS ocr_pending`;

export function createRecordsRepository(db: Db) {
  const s = {
    insertBatch:
      db.prepare(`INSERT INTO record_batches (id, case_id, sender, date_received, declared_page_count, sender_declaration_received, created_at, updated_at)
      VALUES (@id, @case_id, @sender, @date_received, @declared_page_count, @sender_declaration_received, @now, @now)`),
    updateBatch:
      db.prepare(`UPDATE record_batches SET sender = @sender, date_received = @date_received, declared_page_count = @declared_page_count,
      sender_declaration_received = @sender_declaration_received, updated_at = @now WHERE id = @id`),
    batchById: db.prepare('SELECT * FROM record_batches WHERE id = ?'),
    batchesByCase: db.prepare('SELECT * FROM record_batches WHERE case_id = ? ORDER BY date_received, created_at'),
    deleteBatch: db.prepare('DELETE FROM record_batches WHERE id = ?'),
    storedPathsOfBatch: db.prepare('SELECT stored_path FROM record_files WHERE batch_id = ?'),
    caseExists: db.prepare('SELECT 1 FROM cases WHERE id = ?'),
    fileById: db.prepare(`SELECT ${FILE_COLUMNS} FROM record_files f WHERE f.id = ?`),
    fileBySha: db.prepare(`SELECT ${FILE_COLUMNS} FROM record_files f WHERE f.case_id = ? AND f.sha256 = ?`),
    duplicateInfo: db.prepare(`SELECT f.original_name, b.sender FROM record_files f JOIN record_batches b ON b.id = f.batch_id
      WHERE f.case_id = ? AND f.sha256 = ?`),
    filesByCase: db.prepare(`SELECT ${FILE_COLUMNS} FROM record_files f JOIN record_batches b ON b.id = f.batch_id
      WHERE f.case_id = ? ORDER BY b.date_received, b.created_at, f.imported_at, f.rowid`),
    filesByBatch: db.prepare(`SELECT ${FILE_COLUMNS} FROM record_files f WHERE f.batch_id = ? ORDER BY f.imported_at, f.rowid`),
    storedRef: db.prepare('SELECT id, case_id, stored_path, original_name, byte_size, page_count FROM record_files WHERE id = ?'),
    storedPathReferenced: db.prepare('SELECT 1 FROM record_files WHERE stored_path = ? LIMIT 1'),
    batchCase: db.prepare('SELECT case_id FROM record_batches WHERE id = ?'),
    insertFile:
      db.prepare(`INSERT INTO record_files (id, batch_id, case_id, sha256, original_name, stored_path, byte_size, page_count, status, imported_at, text_version)
      VALUES (@id, @batch_id, @case_id, @sha256, @original_name, @stored_path, @byte_size, @page_count, @status, @imported_at, ${CURRENT_TEXT_VERSION})`),
    insertPage:
      db.prepare(`INSERT INTO record_pages (file_id, case_id, page_number, text, has_text_layer, ocr_done, content_hash, search_extra, problem, page_label, bates)
      VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`),
    pages: db.prepare('SELECT * FROM record_pages WHERE file_id = ? AND page_number BETWEEN ? AND ? ORDER BY page_number'),
    page: db.prepare('SELECT * FROM record_pages WHERE file_id = ? AND page_number = ?'),
    nextPending:
      db.prepare(`SELECT p.id AS pageId, p.file_id AS fileId, p.case_id AS caseId, p.page_number AS pageNumber, f.stored_path AS storedPath
      FROM record_pages p JOIN record_files f ON f.id = p.file_id
      WHERE p.has_text_layer = 0 AND p.ocr_done = 0 AND p.id > ? ORDER BY p.id LIMIT ?`),
    pendingPage:
      db.prepare(`SELECT p.id AS pageId, p.file_id AS fileId, p.case_id AS caseId, p.page_number AS pageNumber, f.stored_path AS storedPath
      FROM record_pages p JOIN record_files f ON f.id = p.file_id
      WHERE p.file_id = ? AND p.page_number = ? AND p.has_text_layer = 0 AND p.ocr_done = 0`),
    countPending: db.prepare('SELECT COUNT(*) AS n FROM record_pages WHERE has_text_layer = 0 AND ocr_done = 0'),
    // The text layer is kept as it is: OCR's words are added after it, never in place of it.
    applyOcr: db.prepare(`UPDATE record_pages SET text = CASE WHEN text = '' THEN @ocr WHEN @ocr = '' THEN text
        ELSE text || char(10) || char(10) || @ocr END, ocr_done = 1, ocr_error = @error
      WHERE id = @id AND ocr_done = 0 RETURNING file_id`),
    filePending: db.prepare('SELECT 1 FROM record_pages WHERE file_id = ? AND has_text_layer = 0 AND ocr_done = 0 LIMIT 1'),
    fileReady: db.prepare(`UPDATE record_files SET status = 'ready' WHERE id = ?`),
    markReviewed: db.prepare('UPDATE record_pages SET reviewed_at = ? WHERE file_id = ? AND page_number BETWEEN ? AND ?'),
    filesToReindex: db.prepare(
      `SELECT id, case_id AS caseId, stored_path AS storedPath, page_count AS pageCount FROM record_files WHERE text_version < ${CURRENT_TEXT_VERSION} ORDER BY rowid`,
    ),
    // OCR text of a page without a text layer stays; the text layer, its other spellings, label and stamp are re-read.
    // A born-digital page an older version sent to OCR for having few letters gets its exact text layer back.
    reindexPage: db.prepare(`UPDATE record_pages SET
        text = CASE WHEN has_text_layer = 1 OR @hasLayer = 1 THEN @text ELSE text END,
        content_hash = CASE WHEN has_text_layer = 1 OR @hasLayer = 1 THEN @hash ELSE content_hash END,
        render_hash = CASE WHEN (has_text_layer = 1 OR @hasLayer = 1) AND content_hash IS NOT @hash THEN NULL ELSE render_hash END,
        ocr_error = CASE WHEN @hasLayer = 1 THEN NULL ELSE ocr_error END,
        has_text_layer = CASE WHEN @hasLayer = 1 THEN 1 ELSE has_text_layer END,
        search_extra = @extra, problem = @problem, page_label = @label, bates = @bates
      WHERE file_id = @fileId AND page_number = @pageNumber`),
    setTextVersion: db.prepare(`UPDATE record_files SET text_version = ${CURRENT_TEXT_VERSION} WHERE id = ?`),
    // Left by an import that was killed before any file got in; a batch the physician edited since is kept.
    deleteLeftoverBatches: db.prepare(`DELETE FROM record_batches WHERE created_at = updated_at
      AND NOT EXISTS (SELECT 1 FROM record_files f WHERE f.batch_id = record_batches.id)`),
    setCountIfDuplicate: db.prepare(
      'UPDATE record_pages SET count_if_duplicate = ? WHERE file_id = ? AND page_number BETWEEN ? AND ?',
    ),
  };

  /** `input` is valid (parsed with NewBatchSchema, which trims the sender) before it gets here. */
  const batchParams = (input: NewBatchInput) => ({
    sender: input.sender,
    date_received: input.dateReceived,
    declared_page_count: input.declaredPageCount,
    sender_declaration_received: input.senderDeclarationReceived ? 1 : 0,
  });

  const commit = db.transaction((p: CommitFilePayload): CommitResult => {
    const batchCase = s.batchCase.get(p.batchId) as { case_id: string } | undefined;
    if (!batchCase || batchCase.case_id !== p.caseId) return { status: 'batch-missing' };
    const existing = s.duplicateInfo.get(p.caseId, p.sha256) as { original_name: string; sender: string } | undefined;
    if (existing) return { status: 'duplicate', existingFileName: existing.original_name, existingSender: existing.sender };
    const needsOcr = p.pages.some((page) => !page.hasTextLayer);
    s.insertFile.run({
      id: p.fileId,
      batch_id: p.batchId,
      case_id: p.caseId,
      sha256: p.sha256,
      original_name: p.originalName,
      stored_path: p.storedPath,
      byte_size: p.byteSize,
      page_count: p.pages.length,
      status: needsOcr ? 'needs-ocr' : 'ready',
      imported_at: p.importedAt,
    });
    p.pages.forEach((page, i) =>
      s.insertPage.run(
        p.fileId,
        p.caseId,
        i + 1,
        page.text,
        page.hasTextLayer ? 1 : 0,
        page.contentHash,
        page.searchExtra,
        page.problem,
        page.pageLabel,
        page.bates,
      ),
    );
    return { status: 'committed' };
  });

  const reindex = db.transaction((fileId: string, pages: ExtractedPage[]) => {
    pages.forEach((page, i) =>
      s.reindexPage.run({
        fileId,
        pageNumber: i + 1,
        text: page.text,
        hasLayer: page.hasTextLayer ? 1 : 0,
        hash: page.contentHash,
        extra: page.searchExtra,
        problem: page.problem,
        label: page.pageLabel,
        bates: page.bates,
      }),
    );
    s.setTextVersion.run(fileId);
    if (!s.filePending.get(fileId)) s.fileReady.run(fileId);
  });

  const applyOcr = db.transaction((pageId: number, text: string, error: string | null) => {
    const row = s.applyOcr.get({ ocr: text, error, id: pageId }) as { file_id: string } | undefined;
    if (!row) return { fileId: null, fileReady: false };
    const stillPending = s.filePending.get(row.file_id);
    if (!stillPending) s.fileReady.run(row.file_id);
    return { fileId: row.file_id, fileReady: !stillPending };
  });

  return {
    caseExists(caseId: string): boolean {
      return !!s.caseExists.get(caseId);
    },
    createBatch(caseId: string, input: NewBatchInput, id: string = randomUUID()): RecordBatch {
      s.insertBatch.run({ id, case_id: caseId, now: new Date().toISOString(), ...batchParams(input) });
      return this.getBatch(id)!;
    },
    updateBatch(id: string, input: NewBatchInput): RecordBatch | null {
      const info = s.updateBatch.run({ id, now: new Date().toISOString(), ...batchParams(input) });
      return info.changes ? this.getBatch(id) : null;
    },
    getBatch(id: string): RecordBatch | null {
      const row = s.batchById.get(id) as BatchRow | undefined;
      return row ? toBatch(row) : null;
    },
    listBatches(caseId: string): RecordBatch[] {
      return (s.batchesByCase.all(caseId) as BatchRow[]).map(toBatch);
    },
    /** Deletes the batch with its files and pages; returns the stored paths that no file row uses any more. */
    deleteBatch(id: string): string[] {
      return db.transaction(() => {
        const batch = s.batchById.get(id) as BatchRow | undefined;
        const paths = (s.storedPathsOfBatch.all(id) as { stored_path: string }[]).map((r) => r.stored_path);
        s.deleteBatch.run(id);
        if (batch && paths.length)
          recordAudit(db, { caseId: batch.case_id, action: 'records.deleted', detail: { batchId: id, files: paths.length } });
        return paths.filter((p) => !s.storedPathReferenced.get(p));
      })();
    },
    getFile(id: string): RecordFile | null {
      const row = s.fileById.get(id) as FileRow | undefined;
      return row ? toFile(row) : null;
    },
    findFileBySha(caseId: string, sha256: string): RecordFile | null {
      const row = s.fileBySha.get(caseId, sha256) as FileRow | undefined;
      return row ? toFile(row) : null;
    },
    listFiles(caseId: string): RecordFile[] {
      return (s.filesByCase.all(caseId) as FileRow[]).map(toFile);
    },
    listBatchFiles(batchId: string): RecordFile[] {
      return (s.filesByBatch.all(batchId) as FileRow[]).map(toFile);
    },
    storedFile(id: string): StoredFileRef | null {
      const r = s.storedRef.get(id) as
        | { id: string; case_id: string; stored_path: string; original_name: string; byte_size: number; page_count: number }
        | undefined;
      return r
        ? {
            id: r.id,
            caseId: r.case_id,
            storedPath: r.stored_path,
            originalName: r.original_name,
            byteSize: r.byte_size,
            pageCount: r.page_count,
          }
        : null;
    },
    isStoredPathReferenced(storedPath: string): boolean {
      return !!s.storedPathReferenced.get(storedPath);
    },
    commitImportedFile(payload: CommitFilePayload): CommitResult {
      return commit(payload);
    },
    listPages(fileId: string, from = 1, to = Number.MAX_SAFE_INTEGER): RecordPage[] {
      return (s.pages.all(fileId, from, to) as PageRow[]).map(toPage);
    },
    getPage(fileId: string, pageNumber: number): RecordPage | null {
      const row = s.page.get(fileId, pageNumber) as PageRow | undefined;
      return row ? toPage(row) : null;
    },
    /** Pages waiting for OCR in import order, after page id `afterId`. */
    pendingOcrPages(afterId: number, limit: number): PendingOcrPage[] {
      return s.nextPending.all(afterId, limit) as PendingOcrPage[];
    },
    pendingOcrPage(fileId: string, pageNumber: number): PendingOcrPage | null {
      return (s.pendingPage.get(fileId, pageNumber) as PendingOcrPage | undefined) ?? null;
    },
    countPendingOcr(): number {
      return (s.countPending.get() as { n: number }).n;
    },
    applyOcrResult(pageId: number, text: string, error: string | null): { fileId: string | null; fileReady: boolean } {
      return applyOcr(pageId, text, error);
    },
    markPagesReviewed(
      fileId: string,
      fromPage: number,
      toPage: number,
      reviewed: boolean,
      at: string = new Date().toISOString(),
    ): number {
      return s.markReviewed.run(reviewed ? at : null, fileId, fromPage, toPage).changes;
    },
    /** Removes the empty sender batches a killed import left; returns how many. */
    deleteLeftoverBatches(): number {
      return s.deleteLeftoverBatches.run().changes;
    },
    /** Files imported before the current way of reading text. */
    filesToReindex(): { id: string; caseId: string; storedPath: string; pageCount: number }[] {
      return s.filesToReindex.all() as { id: string; caseId: string; storedPath: string; pageCount: number }[];
    },
    /** Stores a file's pages as read again now (`pages` holds every page, in order) and marks the file current. */
    reindexFile(fileId: string, pages: ExtractedPage[]): void {
      reindex(fileId, pages);
    },
    setCountIfDuplicate(fileId: string, fromPage: number, toPage: number, count: boolean): number {
      return db.transaction(() => {
        const changed = s.setCountIfDuplicate.run(count ? 1 : 0, fileId, fromPage, toPage).changes;
        const caseId = (s.fileById.get(fileId) as { case_id: string } | undefined)?.case_id;
        if (changed && caseId)
          recordAudit(db, { caseId, action: count ? 'page.counted' : 'page.not-counted', detail: { fileId, fromPage, toPage } });
        return changed;
      })();
    },
  };
}
export type RecordsRepository = ReturnType<typeof createRecordsRepository>;
