// Rows of report_service: the recorded service of a signed version (one row per version, replaced when corrected).
import type { ServedParty, ServiceMethodKind, ServiceRecord } from '../../common/case/report-service';
import type { Db } from '../persistence/open-database';

interface ServiceRow {
  case_id: string;
  version: number;
  served_on: string;
  method: ServiceMethodKind;
  other_method: string;
  parties_json: string;
  recorded_at: string;
}

const toRecord = (r: ServiceRow): ServiceRecord => ({
  version: r.version,
  servedOn: r.served_on,
  method: r.method,
  otherMethod: r.other_method,
  parties: JSON.parse(r.parties_json) as ServedParty[],
  recordedAt: r.recorded_at,
});

export function createReportServiceRepository(db: Db) {
  const ofCase = db.prepare('SELECT * FROM report_service WHERE case_id = ? ORDER BY version DESC');
  const all = db.prepare('SELECT * FROM report_service ORDER BY case_id, version DESC');
  const upsert =
    db.prepare(`INSERT INTO report_service (case_id, version, served_on, method, other_method, parties_json, recorded_at)
    VALUES (@caseId, @version, @servedOn, @method, @otherMethod, @partiesJson, @recordedAt)
    ON CONFLICT (case_id, version) DO UPDATE SET served_on = excluded.served_on, method = excluded.method,
      other_method = excluded.other_method, parties_json = excluded.parties_json, recorded_at = excluded.recorded_at`);
  const remove = db.prepare('DELETE FROM report_service WHERE case_id = ? AND version = ?');

  return {
    /** Every served version of the case, newest version first. */
    ofCase: (caseId: string): ServiceRecord[] => (ofCase.all(caseId) as ServiceRow[]).map(toRecord),
    /** The newest served version of each case that has one, for the case list. */
    newestByCase(): Map<string, ServiceRecord> {
      const out = new Map<string, ServiceRecord>();
      for (const row of all.all() as ServiceRow[]) if (!out.has(row.case_id)) out.set(row.case_id, toRecord(row));
      return out;
    },
    save(caseId: string, record: ServiceRecord): void {
      const { parties, ...rest } = record;
      upsert.run({ caseId, ...rest, partiesJson: JSON.stringify(parties) });
    },
    remove: (caseId: string, version: number): boolean => remove.run(caseId, version).changes > 0,
  };
}
