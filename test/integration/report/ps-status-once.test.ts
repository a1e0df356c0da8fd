// P&S status is stored once, as the discussion's status: the QME template's own P&S fields print what that status says,
// a save of those fields never lands in the case's values, and a case from before keeps the status its fields held.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/backend/persistence/migrate';
import { MIGRATIONS } from '../../../electron/backend/persistence/migrations';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';
import { tempDatabaseFile } from '../persistence/temp-database';

const FIELDS: InputOf<'cases:create'>['fields'] = {
  examineeName: 'Pat Stationary',
  dateOfBirth: null,
  claimNumber: 'PS-1',
  employer: '',
  claimsAdministrator: '',
  reportKind: 'QME',
  examDate: null,
};

let t: TempBackend | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('P&S status', () => {
  it("prints the discussion's status in the template's P&S fields and never saves those fields", async () => {
    t = createTempBackend({ prefix: 'medlegal-ps-' });
    const { id: caseId } = await t.invoke('cases:create', { fields: FIELDS });
    await t.invoke('caseData:saveValues', {
      caseId,
      values: { psStatus: 'not-permanent-and-stationary', psDate: '2026-01-01', 'signing.county': 'Fresno' },
    });
    const saved = (await t.invoke('caseData:get', { caseId })).values;
    expect(saved).toEqual({ 'signing.county': 'Fresno' });

    await t.invoke('discussion:saveDisability', {
      caseId,
      tdPeriods: [],
      ps: { status: 'permanent-and-stationary', date: '2026-10-01' },
    });
    const report = await t.backend.services.assembler.assemble(caseId);
    expect(report.data.values).toMatchObject({ psStatus: 'permanent-and-stationary', psDate: '2026-10-01' });

    await t.invoke('discussion:saveDisability', { caseId, tdPeriods: [], ps: { status: 'mmi', date: '2026-11-01' } });
    const mmi = await t.backend.services.assembler.assemble(caseId);
    expect(mmi.data.values).toMatchObject({ psStatus: 'permanent-and-stationary', psDate: '2026-11-01' });

    await t.invoke('discussion:saveDisability', { caseId, tdPeriods: [], ps: null });
    const none = await t.backend.services.assembler.assemble(caseId);
    expect(none.data.values).toMatchObject({ psStatus: null, psDate: null });
  });

  it('moves a status an older version kept in the P&S fields into the discussion, once', () => {
    const temp = tempDatabaseFile();
    try {
      const old = new Database(temp.file);
      migrate(old, MIGRATIONS.slice(0, 6));
      const insertCase = old.prepare(
        `INSERT INTO cases (id, examinee_name, date_of_birth, claim_number, employer, claims_administrator, report_kind, exam_date, created_at, updated_at)
         VALUES (?, 'Older', NULL, 'C', '', '', 'QME', NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
      );
      const insertValue = old.prepare(
        `INSERT INTO field_values (case_id, name, value_json, updated_at) VALUES (?, ?, ?, '2025-01-01T00:00:00Z')`,
      );
      insertCase.run('case-ps');
      insertValue.run('case-ps', 'psStatus', JSON.stringify('permanent-and-stationary'));
      insertValue.run('case-ps', 'psDate', JSON.stringify('2025-06-30'));
      insertCase.run('case-not-yet');
      insertValue.run('case-not-yet', 'psStatus', JSON.stringify('not-permanent-and-stationary'));
      insertValue.run('case-not-yet', 'psDate', JSON.stringify('2025-06-30'));
      old.close();

      const db = openDatabase(temp.file);
      try {
        expect(db.prepare('SELECT case_id, ps_status, ps_date FROM discussion_settings ORDER BY case_id').all()).toEqual([
          { case_id: 'case-not-yet', ps_status: 'not-yet', ps_date: null },
          { case_id: 'case-ps', ps_status: 'permanent-and-stationary', ps_date: '2025-06-30' },
        ]);
        expect(db.prepare(`SELECT count(*) AS n FROM field_values WHERE name IN ('psStatus', 'psDate')`).get()).toEqual({ n: 0 });
      } finally {
        db.close();
      }
    } finally {
      temp.remove();
    }
  });
});
