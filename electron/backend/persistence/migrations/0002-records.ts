// Records received for review: sender batches, the stored PDF files, one row per page (text, OCR state, duplicate hash),
// full-text search over page text, and the physician's chronology entries that cite page ranges.
// Totals (pages per sender, duplicates, reviewed, new since a report) are designed to be index-only aggregate queries.
import type { Migration } from '../migrate';

export const migration0002: Migration = {
  id: 2,
  name: 'records',
  up(db) {
    db.exec(`
      CREATE TABLE record_batches (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        sender TEXT NOT NULL CHECK (length(trim(sender)) > 0),
        date_received TEXT NOT NULL,
        declared_page_count INTEGER CHECK (declared_page_count IS NULL OR declared_page_count >= 0),
        sender_declaration_received INTEGER NOT NULL DEFAULT 0 CHECK (sender_declaration_received IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX record_batches_case ON record_batches (case_id, date_received);

      -- A file row exists only once its every page is stored: the import commits file and pages in one transaction.
      -- case_id is repeated from the batch so the same PDF twice in one case is refused by a unique key.
      CREATE TABLE record_files (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES record_batches (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        original_name TEXT NOT NULL,
        stored_path TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        page_count INTEGER NOT NULL CHECK (page_count > 0),
        status TEXT NOT NULL CHECK (status IN ('needs-ocr', 'ready')),
        imported_at TEXT NOT NULL,
        UNIQUE (case_id, sha256)
      );
      CREATE INDEX record_files_batch ON record_files (batch_id);

      -- case_id is repeated from the file (never changes) so case-wide totals and search filter without joins.
      -- content_hash: hash of the page's text layer plus its image streams; NULL for a blank page (never a duplicate).
      -- count_if_duplicate: the physician decided this duplicate page counts after all.
      CREATE TABLE record_pages (
        id INTEGER PRIMARY KEY,
        file_id TEXT NOT NULL REFERENCES record_files (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL,
        page_number INTEGER NOT NULL CHECK (page_number >= 1),
        text TEXT NOT NULL DEFAULT '',
        has_text_layer INTEGER NOT NULL CHECK (has_text_layer IN (0, 1)),
        ocr_done INTEGER NOT NULL DEFAULT 0 CHECK (ocr_done IN (0, 1)),
        ocr_error TEXT,
        content_hash TEXT,
        reviewed_at TEXT,
        count_if_duplicate INTEGER NOT NULL DEFAULT 0 CHECK (count_if_duplicate IN (0, 1)),
        UNIQUE (file_id, page_number)
      );
      CREATE INDEX record_pages_case_hash ON record_pages (case_id, content_hash) WHERE content_hash IS NOT NULL;
      CREATE INDEX record_pages_case_reviewed ON record_pages (case_id) WHERE reviewed_at IS NOT NULL;
      CREATE INDEX record_pages_ocr_pending ON record_pages (id) WHERE has_text_layer = 0 AND ocr_done = 0;

      -- External-content FTS5 over record_pages.text: the text is stored once (in record_pages) and snippet() still works.
      -- Chosen by measurement over a contentless table; see docs/decisions/0003-pdf-extraction-engine.md.
      CREATE VIRTUAL TABLE record_pages_fts USING fts5 (
        text,
        content = 'record_pages',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER record_pages_fts_insert AFTER INSERT ON record_pages BEGIN
        INSERT INTO record_pages_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER record_pages_fts_delete AFTER DELETE ON record_pages BEGIN
        INSERT INTO record_pages_fts (record_pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER record_pages_fts_update AFTER UPDATE OF text ON record_pages BEGIN
        INSERT INTO record_pages_fts (record_pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO record_pages_fts (rowid, text) VALUES (new.id, new.text);
      END;

      -- The physician's chronology. Numbering is not stored: it is the position in (date, sort_order) order.
      -- A cited file that is removed leaves the entry (the physician's words) in place without its citation.
      CREATE TABLE chronology_entries (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        date_of_service TEXT,
        provider TEXT NOT NULL DEFAULT '',
        facility TEXT NOT NULL DEFAULT '',
        record_type TEXT NOT NULL DEFAULT '',
        file_id TEXT REFERENCES record_files (id) ON DELETE SET NULL,
        page_from INTEGER,
        page_to INTEGER,
        summary_json TEXT NOT NULL,
        relied_upon INTEGER NOT NULL DEFAULT 0 CHECK (relied_upon IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((page_from IS NULL AND page_to IS NULL) OR (page_from >= 1 AND page_to >= page_from))
      );
      CREATE INDEX chronology_entries_case_order ON chronology_entries (case_id, date_of_service, sort_order);
      CREATE INDEX chronology_entries_file ON chronology_entries (file_id) WHERE file_id IS NOT NULL;
    `);
  },
};
