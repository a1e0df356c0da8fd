// The discussion data of a case in SQLite. Lists are synchronised whole inside one transaction (like case data);
// the scalar inputs (P&S, deadline inputs, fee, combining across injuries) live in one discussion_settings row per case.
import type { Db } from '../persistence/open-database';
import { assertOwnIds, syncCaseList, type Row } from '../persistence/case-list-sync';
import type {
  Apportionment,
  CombineAcross,
  CombineOption,
  DiscussionData,
  FeeInput,
  Impairment,
  PriorAward,
  PsStatus,
  Schedule,
  TdPeriod,
} from '../../common/case/discussion-model';
import { EMPTY_SCHEDULE, FeeInputSchema } from '../../common/case/discussion-model';

interface SettingsRow {
  ps_status: PsStatus['status'] | null;
  ps_date: string | null;
  referral_due_date: string | null;
  supplemental_request_date: string | null;
  agreed_extra_days: number;
  extension_kind: 'good-cause' | 'pending-tests' | null;
  extension_days: number | null;
  extension_approved: number;
  fee_json: string | null;
  combine_across: number;
  combine_across_reason: string;
}

function scheduleOf(s: SettingsRow | undefined): Schedule {
  if (!s) return EMPTY_SCHEDULE;
  return {
    referralDueDate: s.referral_due_date,
    supplementalRequestDate: s.supplemental_request_date,
    agreedExtraDays: s.agreed_extra_days,
    extension:
      s.extension_kind && s.extension_days !== null
        ? { kind: s.extension_kind, days: s.extension_days, approved: s.extension_approved === 1 }
        : null,
  };
}

function feeOf(json: string | null | undefined): FeeInput | null {
  if (!json) return null;
  // A fee saved by an older version that no longer parses opens as "not entered" rather than breaking the step.
  const parsed = FeeInputSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export function createDiscussionRepository(db: Db) {
  const selectImpairments = db.prepare('SELECT * FROM discussion_impairments WHERE case_id = ? ORDER BY position');
  const selectCombine = db.prepare('SELECT * FROM discussion_combine_options WHERE case_id = ? ORDER BY rowid');
  const selectApportionments = db.prepare('SELECT * FROM discussion_apportionments WHERE case_id = ? ORDER BY position');
  const selectFactors =
    db.prepare(`SELECT f.* FROM discussion_apportionment_factors f JOIN discussion_apportionments a ON a.id = f.apportionment_id
    WHERE a.case_id = ? ORDER BY f.apportionment_id, f.position`);
  const selectPriorAwards = db.prepare('SELECT * FROM discussion_prior_awards WHERE case_id = ? ORDER BY position');
  const selectTd = db.prepare('SELECT * FROM discussion_td_periods WHERE case_id = ? ORDER BY position');
  const selectSettings = db.prepare('SELECT * FROM discussion_settings WHERE case_id = ?');
  const selectSchedules = db.prepare('SELECT * FROM discussion_settings WHERE case_id IN (SELECT value FROM json_each(?))');
  const ensureSettings = db.prepare(
    'INSERT INTO discussion_settings (case_id, updated_at) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING',
  );
  const setPs = db.prepare('UPDATE discussion_settings SET ps_status = ?, ps_date = ?, updated_at = ? WHERE case_id = ?');
  const setSchedule =
    db.prepare(`UPDATE discussion_settings SET referral_due_date = @referral, supplemental_request_date = @supplemental,
    agreed_extra_days = @extra, extension_kind = @kind, extension_days = @days, extension_approved = @approved, updated_at = @now WHERE case_id = @caseId`);
  const setFee = db.prepare('UPDATE discussion_settings SET fee_json = ?, updated_at = ? WHERE case_id = ?');
  const setCombineAcross = db.prepare(
    'UPDATE discussion_settings SET combine_across = ?, combine_across_reason = ?, updated_at = ? WHERE case_id = ?',
  );
  const deleteCombine = db.prepare('DELETE FROM discussion_combine_options WHERE case_id = ?');
  const insertCombine = db.prepare(
    'INSERT INTO discussion_combine_options (injury_id, case_id, method, add_reason) VALUES (?, ?, ?, ?)',
  );
  const deleteFactors = db.prepare('DELETE FROM discussion_apportionment_factors WHERE apportionment_id = ?');
  const insertFactor = db.prepare(
    'INSERT INTO discussion_apportionment_factors (apportionment_id, position, kind, label, percent, explanation) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const deletePriorAwards = db.prepare('DELETE FROM discussion_prior_awards WHERE case_id = ?');
  const insertPriorAward = db.prepare(
    'INSERT INTO discussion_prior_awards (case_id, position, region, percent, description) VALUES (?, ?, ?, ?, ?)',
  );
  const caseInjuryIds = db.prepare('SELECT id FROM injuries WHERE case_id = ?');
  const assertOwn = (table: string, caseId: string, ids: string[]) => assertOwnIds(db, table, caseId, ids);
  const settingsRow = (caseId: string) => {
    ensureSettings.run(caseId, new Date().toISOString());
  };

  return {
    /** Injury ids of the case, so the service can refuse data that points at another case's (or a deleted) injury. */
    injuryIds(caseId: string): Set<string> {
      return new Set((caseInjuryIds.all(caseId) as { id: string }[]).map((r) => r.id));
    },

    get(caseId: string): DiscussionData {
      const factors = new Map<string, Apportionment['factors']>();
      for (const f of selectFactors.all(caseId) as Row[]) {
        const list = factors.get(f.apportionment_id as string) ?? [];
        list.push({
          kind: f.kind as Apportionment['factors'][number]['kind'],
          label: f.label as string,
          percent: f.percent as number,
          explanation: f.explanation as string,
        });
        factors.set(f.apportionment_id as string, list);
      }
      const settings = selectSettings.get(caseId) as SettingsRow | undefined;
      return {
        impairments: (selectImpairments.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          injuryId: r.injury_id as string,
          bodyPart: r.body_part as string,
          method: r.method as string,
          citation: r.citation as string,
          regionalValue: r.regional_value as number | null,
          regionalLevel: r.regional_level as Impairment['regionalLevel'],
          wpi: r.wpi as number | null,
          region: r.region as Impairment['region'],
          almarazGuzman:
            r.ag_strict_wpi !== null && r.ag_alternative_wpi !== null
              ? {
                  strictWpi: r.ag_strict_wpi as number,
                  alternativeWpi: r.ag_alternative_wpi as number,
                  reasons: (r.ag_reasons as string | null) ?? '',
                }
              : null,
        })),
        combine: (selectCombine.all(caseId) as Row[]).map((r) => ({
          injuryId: r.injury_id as string,
          method: r.method as CombineOption['method'],
          addReason: r.add_reason as string,
        })),
        combineAcross: { on: settings?.combine_across === 1, reason: settings?.combine_across_reason ?? '' },
        apportionments: (selectApportionments.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          injuryId: r.injury_id as string,
          bodyPart: r.body_part as string,
          industrialPercent: r.industrial_percent as number | null,
          industrialExplanation: r.industrial_explanation as string,
          factors: factors.get(r.id as string) ?? [],
          cannotApportion: r.cannot_apportion === 1,
          cannotApportionReasons: r.cannot_apportion_reasons as string,
        })),
        priorAwards: (selectPriorAwards.all(caseId) as Row[]).map((r) => ({
          region: r.region as PriorAward['region'],
          percent: r.percent as number,
          description: r.description as string,
        })),
        tdPeriods: (selectTd.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          from: r.from_date as string,
          to: r.to_date as string | null,
          kind: r.kind as TdPeriod['kind'],
        })),
        ps: settings?.ps_status ? { status: settings.ps_status, date: settings.ps_date } : null,
        schedule: scheduleOf(settings),
        fee: feeOf(settings?.fee_json),
      };
    },

    /** Deadline inputs of many cases at once, for the case list. Cases without a row get the empty schedule. */
    schedules(caseIds: string[]): Map<string, Schedule> {
      const out = new Map<string, Schedule>();
      for (const row of selectSchedules.all(JSON.stringify(caseIds)) as (SettingsRow & { case_id: string })[])
        out.set(row.case_id, scheduleOf(row));
      return out;
    },

    /** `combine` undefined keeps the saved combine-or-add choices, `across` undefined the choice to combine across injuries. */
    saveImpairments: db.transaction((caseId: string, items: Impairment[], combine?: CombineOption[], across?: CombineAcross) => {
      assertOwn(
        'discussion_impairments',
        caseId,
        items.map((i) => i.id),
      );
      syncCaseList(
        db,
        'discussion_impairments',
        [
          'id',
          'case_id',
          'injury_id',
          'position',
          'body_part',
          'method',
          'citation',
          'regional_value',
          'regional_level',
          'wpi',
          'region',
          'ag_strict_wpi',
          'ag_alternative_wpi',
          'ag_reasons',
        ],
        caseId,
        items.map((i, position) => ({
          id: i.id,
          case_id: caseId,
          injury_id: i.injuryId,
          position,
          body_part: i.bodyPart,
          method: i.method,
          citation: i.citation,
          regional_value: i.regionalValue,
          regional_level: i.regionalLevel,
          wpi: i.wpi,
          region: i.region,
          ag_strict_wpi: i.almarazGuzman?.strictWpi ?? null,
          ag_alternative_wpi: i.almarazGuzman?.alternativeWpi ?? null,
          ag_reasons: i.almarazGuzman?.reasons ?? null,
        })),
      );
      if (combine) {
        deleteCombine.run(caseId);
        for (const c of combine) insertCombine.run(c.injuryId, caseId, c.method, c.addReason);
      }
      if (across) {
        settingsRow(caseId);
        setCombineAcross.run(across.on ? 1 : 0, across.reason, new Date().toISOString(), caseId);
      }
    }),

    saveApportionments: db.transaction((caseId: string, items: Apportionment[]) => {
      assertOwn(
        'discussion_apportionments',
        caseId,
        items.map((a) => a.id),
      );
      syncCaseList(
        db,
        'discussion_apportionments',
        [
          'id',
          'case_id',
          'injury_id',
          'position',
          'body_part',
          'industrial_percent',
          'industrial_explanation',
          'cannot_apportion',
          'cannot_apportion_reasons',
        ],
        caseId,
        items.map((a, position) => ({
          id: a.id,
          case_id: caseId,
          injury_id: a.injuryId,
          position,
          body_part: a.bodyPart,
          industrial_percent: a.industrialPercent,
          industrial_explanation: a.industrialExplanation,
          cannot_apportion: a.cannotApportion ? 1 : 0,
          cannot_apportion_reasons: a.cannotApportionReasons,
        })),
      );
      for (const a of items) {
        deleteFactors.run(a.id);
        a.factors.forEach((f, position) => insertFactor.run(a.id, position, f.kind, f.label, f.percent, f.explanation));
      }
    }),

    savePriorAwards: db.transaction((caseId: string, items: PriorAward[]) => {
      deletePriorAwards.run(caseId);
      items.forEach((a, position) => insertPriorAward.run(caseId, position, a.region, a.percent, a.description));
    }),

    saveDisability: db.transaction((caseId: string, tdPeriods: TdPeriod[], ps: PsStatus | null) => {
      assertOwn(
        'discussion_td_periods',
        caseId,
        tdPeriods.map((p) => p.id),
      );
      syncCaseList(
        db,
        'discussion_td_periods',
        ['id', 'case_id', 'position', 'from_date', 'to_date', 'kind'],
        caseId,
        tdPeriods.map((p, position) => ({ id: p.id, case_id: caseId, position, from_date: p.from, to_date: p.to, kind: p.kind })),
      );
      settingsRow(caseId);
      setPs.run(ps?.status ?? null, ps?.date ?? null, new Date().toISOString(), caseId);
    }),

    saveSchedule: db.transaction((caseId: string, s: Schedule) => {
      settingsRow(caseId);
      setSchedule.run({
        caseId,
        now: new Date().toISOString(),
        referral: s.referralDueDate,
        supplemental: s.supplementalRequestDate,
        extra: s.agreedExtraDays,
        kind: s.extension?.kind ?? null,
        days: s.extension?.days ?? null,
        approved: s.extension?.approved ? 1 : 0,
      });
    }),

    saveFee: db.transaction((caseId: string, fee: FeeInput | null) => {
      settingsRow(caseId);
      setFee.run(fee ? JSON.stringify(fee) : null, new Date().toISOString(), caseId);
    }),
  };
}
export type DiscussionRepository = ReturnType<typeof createDiscussionRepository>;
