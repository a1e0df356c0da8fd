// Indexes for a busy practice's scale (issue #17): substring search of the case list through a trigram index, and the
// records totals counted from one covering index of the page rows instead of reading every page's text.
import type { Migration } from '../migrate';

export const migration0012: Migration = {
  id: 12,
  name: 'scale-indexes',
  up(db) {
    db.exec(`
      -- The case list's search box matches any part of the examinee's name or the claim number, case-insensitively.
      -- A trigram index answers that without scanning every case. The case id is kept beside the words (not the rowid)
      -- because a table without an integer key may renumber its rowids. Searches shorter than three characters have no
      -- trigram and scan the cases as before.
      CREATE VIRTUAL TABLE cases_search USING fts5 (case_id UNINDEXED, examinee_name, claim_number, tokenize = 'trigram');
      CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
        INSERT INTO cases_search (case_id, examinee_name, claim_number) VALUES (new.id, new.examinee_name, new.claim_number);
      END;
      CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
        DELETE FROM cases_search WHERE case_id = old.id;
      END;
      -- The case form saves every field at once; the index changes only when the name or the claim number did.
      CREATE TRIGGER cases_search_update AFTER UPDATE OF examinee_name, claim_number ON cases
        WHEN old.examinee_name IS NOT new.examinee_name OR old.claim_number IS NOT new.claim_number BEGIN
        DELETE FROM cases_search WHERE case_id = old.id;
        INSERT INTO cases_search (case_id, examinee_name, claim_number) VALUES (new.id, new.examinee_name, new.claim_number);
      END;
      INSERT INTO cases_search (case_id, examinee_name, claim_number) SELECT id, examinee_name, claim_number FROM cases;

      -- Every per-case count of the records overview (pages per batch, awaiting OCR, damaged, reviewed, duplicates) reads
      -- only these columns: with them in one index the page rows (about 2 KB of text each) are never read for totals.
      -- The hashes come right after the case, so "is this page a repeat of an earlier one" is a seek, not a scan.
      CREATE INDEX record_pages_case_totals ON record_pages (case_id, content_hash, render_hash, file_id, has_text_layer,
        ocr_done, problem, reviewed_at, count_if_duplicate);
      -- Each file's "pages awaiting OCR" in the file list: only the waiting pages are in this index, so a file whose
      -- pages all have text costs one seek instead of reading its every page.
      CREATE INDEX record_pages_file_ocr_pending ON record_pages (file_id) WHERE has_text_layer = 0 AND ocr_done = 0;
    `);
  },
};
