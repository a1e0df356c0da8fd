// The physician's chronology of records: one entry per record (date, provider, facility, type, cited page range,
// summary, relied upon). Entries are listed in date order (undated last) and numbered by that position,
// which is the numbering of the report's "Records reviewed" table.
import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../common/errors';
import type { Db } from '../persistence/open-database';
import type { ChronologyEntry, ChronologyEntryInput, ChronologyRow, ChronologyRows } from '../../common/records/records-types';

interface EntryRow {
  id: string;
  case_id: string;
  date_of_service: string | null;
  provider: string;
  facility: string;
  record_type: string;
  file_id: string | null;
  page_from: number | null;
  page_to: number | null;
  summary_json: string;
  relied_upon: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
  number: number;
  sender: string | null;
  file_name: string | null;
  first_label: string | null;
  first_bates: string | null;
  last_label: string | null;
  last_bates: string | null;
}

const ORDER = 'e.date_of_service IS NULL, e.date_of_service, e.sort_order, e.created_at';
const NUMBERED = `SELECT e.*, ROW_NUMBER() OVER (ORDER BY ${ORDER}) AS number, b.sender AS sender, f.original_name AS file_name
  FROM chronology_entries e
  LEFT JOIN record_files f ON f.id = e.file_id
  LEFT JOIN record_batches b ON b.id = f.batch_id
  WHERE e.case_id = ?`;
// The cited pages' labels and Bates stamps, joined after numbering (and filtering), so reading one entry stays cheap.
const WITH_MARKS = (where: string) => `SELECT n.*, pf.page_label AS first_label, pf.bates AS first_bates,
    pl.page_label AS last_label, pl.bates AS last_bates
  FROM (${NUMBERED}) n
  LEFT JOIN record_pages pf ON pf.file_id = n.file_id AND pf.page_number = n.page_from
  LEFT JOIN record_pages pl ON pl.file_id = n.file_id AND pl.page_number = n.page_to
  ${where}`;

// One screen of rows for the list: numbered over the whole case, cut to the window before the cited pages' marks are
// joined, and without the summaries (most of an entry's bytes; the editor reads the one it opens).
const ROWS = `SELECT n.*, pf.page_label AS first_label, pf.bates AS first_bates,
    pl.page_label AS last_label, pl.bates AS last_bates
  FROM (SELECT e.id, e.case_id, e.date_of_service, e.provider, e.facility, e.record_type, e.file_id, e.page_from, e.page_to,
      e.relied_upon, e.sort_order, e.created_at, e.updated_at, ROW_NUMBER() OVER (ORDER BY ${ORDER}) AS number,
      b.sender AS sender, f.original_name AS file_name
    FROM chronology_entries e
    LEFT JOIN record_files f ON f.id = e.file_id
    LEFT JOIN record_batches b ON b.id = f.batch_id
    WHERE e.case_id = ? ORDER BY number LIMIT ? OFFSET ?) n
  LEFT JOIN record_pages pf ON pf.file_id = n.file_id AND pf.page_number = n.page_from
  LEFT JOIN record_pages pl ON pl.file_id = n.file_id AND pl.page_number = n.page_to
  ORDER BY n.number`;

const toRow = (r: Omit<EntryRow, 'summary_json'>): ChronologyRow => ({
  id: r.id,
  caseId: r.case_id,
  number: r.number,
  dateOfService: r.date_of_service,
  provider: r.provider,
  facility: r.facility,
  recordType: r.record_type,
  source:
    r.file_id !== null && r.page_from !== null && r.page_to !== null
      ? { fileId: r.file_id, pageFrom: r.page_from, pageTo: r.page_to }
      : null,
  reliedUpon: r.relied_upon === 1,
  sortOrder: r.sort_order,
  sender: r.sender,
  sourceFileName: r.file_name,
  sourceMarks:
    r.file_id !== null && r.page_from !== null
      ? { first: { pageLabel: r.first_label, bates: r.first_bates }, last: { pageLabel: r.last_label, bates: r.last_bates } }
      : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toEntry = (r: EntryRow): ChronologyEntry => ({ ...toRow(r), summary: JSON.parse(r.summary_json) });

export function createChronologyRepository(db: Db) {
  const s = {
    list: db.prepare(WITH_MARKS('ORDER BY n.number')),
    rows: db.prepare(ROWS),
    one: db.prepare(WITH_MARKS('WHERE n.id = ?')),
    caseOf: db.prepare('SELECT case_id FROM chronology_entries WHERE id = ?'),
    numberOf: db.prepare(`SELECT number FROM (SELECT e.id, ROW_NUMBER() OVER (ORDER BY ${ORDER}) AS number
      FROM chronology_entries e WHERE e.case_id = ?) WHERE id = ?`),
    count: db.prepare('SELECT count(*) AS n FROM chronology_entries WHERE case_id = ?'),
    caseExists: db.prepare('SELECT 1 FROM cases WHERE id = ?'),
    file: db.prepare('SELECT case_id, page_count FROM record_files WHERE id = ?'),
    nextOrder: db.prepare('SELECT COALESCE(MAX(sort_order), 0) + 1 AS n FROM chronology_entries WHERE case_id = ?'),
    insert:
      db.prepare(`INSERT INTO chronology_entries (id, case_id, date_of_service, provider, facility, record_type, file_id, page_from, page_to,
        summary_json, relied_upon, sort_order, created_at, updated_at)
      VALUES (@id, @case_id, @date_of_service, @provider, @facility, @record_type, @file_id, @page_from, @page_to,
        @summary_json, @relied_upon, @sort_order, @now, @now)`),
    update:
      db.prepare(`UPDATE chronology_entries SET date_of_service = @date_of_service, provider = @provider, facility = @facility,
        record_type = @record_type, file_id = @file_id, page_from = @page_from, page_to = @page_to, summary_json = @summary_json,
        relied_upon = @relied_upon, updated_at = @now WHERE id = @id`),
    remove: db.prepare('DELETE FROM chronology_entries WHERE id = ?'),
    sameDate: db.prepare(`SELECT id, sort_order FROM chronology_entries e
      WHERE case_id = ? AND date_of_service IS ? ORDER BY sort_order, created_at`),
    setOrder: db.prepare('UPDATE chronology_entries SET sort_order = ? WHERE id = ?'),
  };

  /**
   * Row values of a valid entry: the IPC registry parsed it with ChronologyEntryInputSchema (and internal callers pass
   * parsed data), so only what needs the database is checked here: the cited file is in this case and has those pages.
   */
  const params = (caseId: string, input: ChronologyEntryInput) => {
    let source: { file_id: string | null; page_from: number | null; page_to: number | null } = {
      file_id: null,
      page_from: null,
      page_to: null,
    };
    if (input.source) {
      const { fileId, pageFrom, pageTo } = input.source;
      const file = s.file.get(fileId) as { case_id: string; page_count: number } | undefined;
      if (!file || file.case_id !== caseId) throw new AppFailure('invalid-input', 'The cited record file is not in this case.');
      if (pageTo > file.page_count) {
        throw new AppFailure(
          'invalid-input',
          `The cited pages must be within 1–${file.page_count} of that file; it has no page ${pageTo}.`,
        );
      }
      source = { file_id: fileId, page_from: pageFrom, page_to: pageTo };
    }
    return {
      date_of_service: input.dateOfService,
      provider: input.provider,
      facility: input.facility,
      record_type: input.recordType,
      ...source,
      summary_json: JSON.stringify(input.summary),
      relied_upon: input.reliedUpon ? 1 : 0,
    };
  };

  const caseOf = (id: string): string => {
    const row = s.caseOf.get(id) as { case_id: string } | undefined;
    if (!row) throw new AppFailure('not-found', 'That chronology entry no longer exists.');
    return row.case_id;
  };

  const get = (id: string): ChronologyEntry | null => {
    const row = s.caseOf.get(id) as { case_id: string } | undefined;
    if (!row) return null;
    const entry = s.one.get(row.case_id, id) as EntryRow | undefined;
    return entry ? toEntry(entry) : null;
  };

  return {
    list(caseId: string): ChronologyEntry[] {
      return (s.list.all(caseId) as EntryRow[]).map(toEntry);
    },
    /** Rows offset+1 to offset+limit in chronology order, without summaries, and how many entries there are. */
    rows(caseId: string, offset: number, limit: number): ChronologyRows {
      return db.transaction(() => ({
        total: (s.count.get(caseId) as { n: number }).n,
        rows: (s.rows.all(caseId, limit, offset) as Omit<EntryRow, 'summary_json'>[]).map(toRow),
      }))();
    },
    /** How many records the chronology itemizes, without reading them (the completeness check asks often). */
    count: (caseId: string): number => (s.count.get(caseId) as { n: number }).n,
    get,
    /** The entry's position in date order, without reading any entry. */
    numberOf: (id: string): number => (s.numberOf.get(caseOf(id), id) as { number: number }).number,
    create(caseId: string, input: ChronologyEntryInput, id: string = randomUUID()): ChronologyEntry {
      if (!s.caseExists.get(caseId)) throw new AppFailure('not-found', 'That case could not be found.');
      const values = params(caseId, input);
      db.transaction(() => {
        const sortOrder = (s.nextOrder.get(caseId) as { n: number }).n;
        s.insert.run({ id, case_id: caseId, sort_order: sortOrder, now: new Date().toISOString(), ...values });
      })();
      return get(id)!;
    },
    update(id: string, input: ChronologyEntryInput): ChronologyEntry {
      const values = params(caseOf(id), input);
      s.update.run({ id, now: new Date().toISOString(), ...values });
      return get(id)!;
    },
    delete(id: string): boolean {
      return s.remove.run(id).changes > 0;
    },
    /** Moves an entry before or after its neighbour with the same date (entries of different dates keep date order). */
    move(id: string, direction: 'earlier' | 'later'): ChronologyEntry {
      const entry = get(id);
      if (!entry) throw new AppFailure('not-found', 'That chronology entry no longer exists.');
      db.transaction(() => {
        const rows = s.sameDate.all(entry.caseId, entry.dateOfService) as { id: string; sort_order: number }[];
        const at = rows.findIndex((r) => r.id === id);
        const other = rows[direction === 'earlier' ? at - 1 : at + 1];
        if (at < 0 || !other) return;
        const mine = rows[at]!;
        let [mineOrder, otherOrder] = [other.sort_order, mine.sort_order];
        if (mineOrder === otherOrder) {
          // Equal orders (never written by create, but possible in edited data): make the pair distinct.
          [mineOrder, otherOrder] =
            direction === 'earlier' ? [mine.sort_order, mine.sort_order + 1] : [mine.sort_order + 1, mine.sort_order];
        }
        s.setOrder.run(mineOrder, id);
        s.setOrder.run(otherOrder, other.id);
      })();
      return get(id)!;
    },
  };
}
