// Records review that can be billed and testified on: per page, the alternate spellings of words joined across a
// line-end hyphen (indexed beside the text), a damaged-page flag, the printed page label and Bates stamp, and the hash
// of the rendered page that confirms an exact duplicate; per file, the text version so older imports are re-read.
import type { Migration } from '../migrate';

export const migration0011: Migration = {
  id: 11,
  name: 'records-evidence',
  up(db) {
    db.exec(`
      -- search_extra: the other spelling of each word split by a line-end hyphen ("follow-up" when the text says
      -- "followup"), so a word is found whichever way it is typed; indexed, never shown.
      ALTER TABLE record_pages ADD COLUMN search_extra TEXT NOT NULL DEFAULT '';
      -- problem: the page is in the file (counted as received) but could not be read ('unreadable': the page object
      -- is broken; 'garbage-content': its drawing instructions are not PDF), so the sender must send a new copy.
      ALTER TABLE record_pages ADD COLUMN problem TEXT CHECK (problem IS NULL OR problem IN ('unreadable', 'garbage-content'));
      ALTER TABLE record_pages ADD COLUMN page_label TEXT;
      ALTER TABLE record_pages ADD COLUMN bates TEXT;
      -- render_hash: set only for pages whose content_hash repeats in the case; two pages are exact duplicates only
      -- when both hashes match (the cheap hash finds candidates, the rendered page confirms them).
      ALTER TABLE record_pages ADD COLUMN render_hash TEXT;
      -- 1: imported before line-end hyphens, form fields and page labels were read; re-read in the background.
      ALTER TABLE record_files ADD COLUMN text_version INTEGER NOT NULL DEFAULT 1;

      DROP TRIGGER record_pages_fts_insert;
      DROP TRIGGER record_pages_fts_delete;
      DROP TRIGGER record_pages_fts_update;
      DROP TABLE record_pages_fts;
      CREATE VIRTUAL TABLE record_pages_fts USING fts5 (
        text,
        search_extra,
        content = 'record_pages',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER record_pages_fts_insert AFTER INSERT ON record_pages BEGIN
        INSERT INTO record_pages_fts (rowid, text, search_extra) VALUES (new.id, new.text, new.search_extra);
      END;
      CREATE TRIGGER record_pages_fts_delete AFTER DELETE ON record_pages BEGIN
        INSERT INTO record_pages_fts (record_pages_fts, rowid, text, search_extra) VALUES ('delete', old.id, old.text, old.search_extra);
      END;
      CREATE TRIGGER record_pages_fts_update AFTER UPDATE OF text, search_extra ON record_pages BEGIN
        INSERT INTO record_pages_fts (record_pages_fts, rowid, text, search_extra) VALUES ('delete', old.id, old.text, old.search_extra);
        INSERT INTO record_pages_fts (rowid, text, search_extra) VALUES (new.id, new.text, new.search_extra);
      END;
      INSERT INTO record_pages_fts (record_pages_fts) VALUES ('rebuild');
      CREATE INDEX record_files_text_version ON record_files (text_version) WHERE text_version < 2;
    `);
  },
};
