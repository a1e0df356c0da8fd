// Confirms exact duplicate pages: the content hash (text, image streams, object counts) only finds candidates; a page
// is a duplicate only when its render hash (the page drawn at a fixed low resolution, plus form values and annotations)
// matches too, so pages that differ by a moved word, a tick, a drawn line or a field value are never "exact duplicates".
import type { Db } from '../persistence/open-database';
import { TASK_PRIORITY, type ExtractPool, type TaskOptions } from './extract-pool';
import { absoluteStoredPath } from './record-file-store';

/** Pages per render-hash task: enough to keep a worker busy, few enough to spread one file over every worker. */
const PAGES_PER_TASK = 64;

export interface ConfirmResult {
  /** Candidate pages rendered and hashed in this run. */
  pagesRendered: number;
  ms: number;
}

export function createDuplicateConfirmer(db: Db, dataDir: string, pool: ExtractPool) {
  const s = {
    // Pages whose content hash repeats in the case and that have no render hash yet.
    candidates: db.prepare(`SELECT p.id, p.page_number AS pageNumber, f.stored_path AS storedPath
      FROM record_pages p JOIN record_files f ON f.id = p.file_id
      WHERE p.case_id = @caseId AND p.render_hash IS NULL AND p.content_hash IN (
        SELECT content_hash FROM record_pages WHERE case_id = @caseId AND content_hash IS NOT NULL
        GROUP BY content_hash HAVING COUNT(*) > 1)
      ORDER BY f.stored_path, p.page_number`),
    setHash: db.prepare('UPDATE record_pages SET render_hash = ? WHERE id = ?'),
  };
  const save = db.transaction((rows: { id: number; hash: string }[]) => {
    for (const r of rows) s.setHash.run(r.hash, r.id);
  });

  /** Renders and hashes the case's unconfirmed candidates. A page that cannot be rendered stays unconfirmed (counted). */
  return async function confirmDuplicates(caseId: string, options: Pick<TaskOptions, 'signal'> = {}): Promise<ConfirmResult> {
    const started = performance.now();
    const rows = s.candidates.all({ caseId }) as { id: number; pageNumber: number; storedPath: string }[];
    const byFile = new Map<string, { id: number; pageNumber: number }[]>();
    for (const r of rows) byFile.set(r.storedPath, [...(byFile.get(r.storedPath) ?? []), r]);
    let rendered = 0;
    for (const [storedPath, pages] of byFile) {
      const file = absoluteStoredPath(dataDir, storedPath);
      const tasks: Promise<void>[] = [];
      for (let at = 0; at < pages.length; at += PAGES_PER_TASK) {
        const slice = pages.slice(at, at + PAGES_PER_TASK);
        tasks.push(
          pool
            .renderHashes(
              file,
              slice.map((p) => p.pageNumber - 1),
              { priority: TASK_PRIORITY.import, ...(options.signal ? { signal: options.signal } : {}) },
            )
            .then((hashes) => {
              const found = slice.flatMap((p, k) => (hashes[k] ? [{ id: p.id, hash: hashes[k] }] : []));
              save(found);
              rendered += found.length;
            }),
        );
      }
      await Promise.all(tasks);
      await pool.release(file);
    }
    return { pagesRendered: rendered, ms: performance.now() - started };
  };
}
export type ConfirmDuplicates = ReturnType<typeof createDuplicateConfirmer>;
