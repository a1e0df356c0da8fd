// P&S status is kept once, as the discussion's status; a template's own P&S fields (psStatus, psDate) are derived from it
// when the report is assembled. A case whose status lived only in those fields keeps it as its discussion status.
import type { Migration } from '../migrate';

interface PsFieldRow {
  case_id: string;
  status_json: string;
  date_json: string | null;
}

const STATUS_OF_FIELD: Record<string, string> = {
  'permanent-and-stationary': 'permanent-and-stationary',
  'not-permanent-and-stationary': 'not-yet',
};

export const migration0007: Migration = {
  id: 7,
  name: 'ps-status-once',
  up(db) {
    const rows = db
      .prepare(
        `SELECT s.case_id, s.value_json AS status_json, d.value_json AS date_json
           FROM field_values s LEFT JOIN field_values d ON d.case_id = s.case_id AND d.name = 'psDate'
          WHERE s.name = 'psStatus'`,
      )
      .all() as PsFieldRow[];
    const ensureRow = db.prepare('INSERT OR IGNORE INTO discussion_settings (case_id, updated_at) VALUES (?, ?)');
    const setIfUnset = db.prepare(
      'UPDATE discussion_settings SET ps_status = ?, ps_date = ? WHERE case_id = ? AND ps_status IS NULL',
    );
    const now = new Date().toISOString();
    for (const row of rows) {
      const status = STATUS_OF_FIELD[JSON.parse(row.status_json) as string];
      if (!status) continue;
      const date = status === 'permanent-and-stationary' && row.date_json ? (JSON.parse(row.date_json) as string) : null;
      ensureRow.run(row.case_id, now);
      setIfUnset.run(status, date, row.case_id);
    }
    db.exec(`DELETE FROM field_values WHERE name IN ('psStatus', 'psDate')`);
  },
};
