// The page counts the report and the bill rest on: per batch declared vs counted (with a mismatch flag), pages per
// sender, exact duplicate pages across the case, pages reviewed, and pages new since the last report.
// A duplicate is a page whose content hash and render hash both match a page imported earlier (the render hash is set
// only once the rendered pages were compared); the first copy is the original.
import type { Db } from '../persistence/open-database';
import type {
  BatchTotals,
  CaseRecordTotals,
  DamagedPage,
  DuplicateGroup,
  DuplicatePage,
  NewSinceTotals,
  SenderTotals,
} from '../../common/records/records-types';

// "Repeats a page imported earlier in the case", unless the physician chose to count it.
const IS_DUPLICATE = `p.content_hash IS NOT NULL AND p.render_hash IS NOT NULL AND p.count_if_duplicate = 0 AND EXISTS (
  SELECT 1 FROM record_pages q WHERE q.case_id = p.case_id AND q.content_hash = p.content_hash
    AND q.render_hash = p.render_hash AND q.id < p.id)`;

export function createRecordTotals(db: Db) {
  const s = {
    batches: db.prepare(`SELECT b.id, b.sender, b.date_received, b.declared_page_count, b.sender_declaration_received,
        COUNT(f.id) AS files, COALESCE(SUM(f.page_count), 0) AS counted
      FROM record_batches b LEFT JOIN record_files f ON f.batch_id = b.id
      WHERE b.case_id = ? GROUP BY b.id ORDER BY b.date_received, b.created_at`),
    duplicatesPerBatch: db.prepare(`SELECT f.batch_id AS batchId, COUNT(*) AS n
      FROM record_pages p JOIN record_files f ON f.id = p.file_id
      WHERE p.case_id = ? AND ${IS_DUPLICATE} GROUP BY f.batch_id`),
    damagedPerBatch: db.prepare(`SELECT f.batch_id AS batchId, COUNT(*) AS n
      FROM record_pages p JOIN record_files f ON f.id = p.file_id
      WHERE p.case_id = ? AND p.problem IS NOT NULL GROUP BY f.batch_id`),
    damagedPages: db.prepare(`SELECT f.batch_id AS batchId, p.file_id AS fileId, f.original_name AS fileName,
        p.page_number AS pageNumber, p.problem, p.page_label AS pageLabel, p.bates
      FROM record_pages p JOIN record_files f ON f.id = p.file_id
      WHERE p.case_id = ? AND p.problem IS NOT NULL ORDER BY f.rowid, p.page_number`),
    reviewed: db.prepare('SELECT COUNT(*) AS n FROM record_pages WHERE case_id = ? AND reviewed_at IS NOT NULL'),
    awaitingOcr: db.prepare('SELECT COUNT(*) AS n FROM record_pages WHERE case_id = ? AND has_text_layer = 0 AND ocr_done = 0'),
    duplicatePages:
      db.prepare(`SELECT p.content_hash || ':' || p.render_hash AS hash, p.file_id AS fileId, f.original_name AS fileName,
        p.page_number AS pageNumber, p.count_if_duplicate AS countIfDuplicate, p.page_label AS pageLabel, p.bates
      FROM record_pages p JOIN record_files f ON f.id = p.file_id
      WHERE p.case_id = ? AND p.render_hash IS NOT NULL AND (p.content_hash, p.render_hash) IN (
        SELECT content_hash, render_hash FROM record_pages WHERE case_id = ? AND content_hash IS NOT NULL AND render_hash IS NOT NULL
        GROUP BY content_hash, render_hash HAVING COUNT(*) > 1)
      ORDER BY p.content_hash, p.render_hash, p.id`),
    newSince: db.prepare(`SELECT COUNT(*) AS received,
        COALESCE(SUM(CASE WHEN p.content_hash IS NOT NULL AND p.render_hash IS NOT NULL AND p.count_if_duplicate = 0 AND EXISTS (
          SELECT 1 FROM record_pages q JOIN record_files qf ON qf.id = q.file_id JOIN record_batches qb ON qb.id = qf.batch_id
          WHERE q.case_id = p.case_id AND q.content_hash = p.content_hash AND q.render_hash = p.render_hash
            AND (qb.date_received <= @since OR q.id < p.id)) THEN 1 ELSE 0 END), 0) AS duplicates
      FROM record_pages p JOIN record_files f ON f.id = p.file_id JOIN record_batches b ON b.id = f.batch_id
      WHERE p.case_id = @caseId AND b.date_received > @since`),
  };

  return {
    caseTotals(caseId: string): CaseRecordTotals {
      const dupByBatch = new Map(
        (s.duplicatesPerBatch.all(caseId) as { batchId: string; n: number }[]).map((r) => [r.batchId, r.n]),
      );
      const damagedByBatch = new Map(
        (s.damagedPerBatch.all(caseId) as { batchId: string; n: number }[]).map((r) => [r.batchId, r.n]),
      );
      const rows = s.batches.all(caseId) as {
        id: string;
        sender: string;
        date_received: string;
        declared_page_count: number | null;
        sender_declaration_received: number;
        files: number;
        counted: number;
      }[];
      const batches: BatchTotals[] = rows.map((r) => ({
        batchId: r.id,
        sender: r.sender,
        dateReceived: r.date_received,
        declaredPageCount: r.declared_page_count,
        senderDeclarationReceived: r.sender_declaration_received === 1,
        files: r.files,
        countedPages: r.counted,
        duplicatePages: dupByBatch.get(r.id) ?? 0,
        countMismatch: r.declared_page_count !== null && r.declared_page_count !== r.counted,
        damagedPages: damagedByBatch.get(r.id) ?? 0,
      }));
      const senders = new Map<string, SenderTotals>();
      for (const b of batches) {
        const key = b.sender.trim().toLowerCase();
        const t = senders.get(key) ?? { sender: b.sender.trim(), countedPages: 0, declaredPages: null };
        t.countedPages += b.countedPages;
        if (b.declaredPageCount !== null) t.declaredPages = (t.declaredPages ?? 0) + b.declaredPageCount;
        senders.set(key, t);
      }
      const pagesReceived = batches.reduce((n, b) => n + b.countedPages, 0);
      const duplicatePages = batches.reduce((n, b) => n + b.duplicatePages, 0);
      return {
        batches,
        senders: [...senders.values()],
        pagesReceived,
        duplicatePages,
        pagesToVerify: pagesReceived - duplicatePages,
        pagesReviewed: (s.reviewed.get(caseId) as { n: number }).n,
        pagesAwaitingOcr: (s.awaitingOcr.get(caseId) as { n: number }).n,
        pagesDamaged: batches.reduce((n, b) => n + b.damagedPages, 0),
      };
    },

    /** Every page received that could not be read, by file and page, for the list under each batch. */
    damagedPages(caseId: string): DamagedPage[] {
      return s.damagedPages.all(caseId) as DamagedPage[];
    },

    duplicates(caseId: string): DuplicateGroup[] {
      const rows = s.duplicatePages.all(caseId, caseId) as {
        hash: string;
        fileId: string;
        fileName: string;
        pageNumber: number;
        countIfDuplicate: number;
        pageLabel: string | null;
        bates: string | null;
      }[];
      const groups: DuplicateGroup[] = [];
      let current: DuplicateGroup | null = null;
      let hash = '';
      for (const r of rows) {
        const page: DuplicatePage = {
          fileId: r.fileId,
          fileName: r.fileName,
          pageNumber: r.pageNumber,
          countIfDuplicate: r.countIfDuplicate === 1,
          pageLabel: r.pageLabel,
          bates: r.bates,
        };
        if (!current || r.hash !== hash) {
          current = { original: page, repeats: [] };
          hash = r.hash;
          groups.push(current);
        } else current.repeats.push(page);
      }
      return groups;
    },

    newSince(caseId: string, sinceDate: string): NewSinceTotals {
      const r = s.newSince.get({ caseId, since: sinceDate }) as { received: number; duplicates: number };
      return { sinceDate, pagesReceived: r.received, duplicatePages: r.duplicates, newPages: r.received - r.duplicates };
    },
  };
}
