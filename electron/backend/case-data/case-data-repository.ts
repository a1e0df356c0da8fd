// The structured parts of a case in SQLite. Each list is synchronised whole (upsert what is given, delete what is gone)
// inside one transaction, so ids stay stable and references (a question's party) survive an edit.
import type { Db } from '../persistence/open-database';
import { assertOwnIds, syncCaseList, type Row } from '../persistence/case-list-sync';
import type {
  CaseData,
  Diagnosis,
  FieldValues,
  Injury,
  Measurement,
  Party,
  PartyQuestion,
} from '../../common/case/structure-model';

export function createCaseDataRepository(db: Db) {
  const selectInjuries = db.prepare('SELECT * FROM injuries WHERE case_id = ? ORDER BY position');
  const selectBodyParts = db.prepare(
    'SELECT p.* FROM injury_body_parts p JOIN injuries i ON i.id = p.injury_id WHERE i.case_id = ? ORDER BY p.injury_id, p.position',
  );
  const selectParties = db.prepare('SELECT * FROM parties WHERE case_id = ? ORDER BY position');
  const selectDiagnoses = db.prepare('SELECT * FROM diagnoses WHERE case_id = ? ORDER BY position');
  const selectMeasurements = db.prepare('SELECT * FROM exam_measurements WHERE case_id = ? ORDER BY position');
  const selectQuestions = db.prepare('SELECT * FROM party_questions WHERE case_id = ? ORDER BY position');
  const selectValues = db.prepare('SELECT name, value_json FROM field_values WHERE case_id = ?');
  const upsertValue = db.prepare(`INSERT INTO field_values (case_id, name, value_json, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (case_id, name) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`);
  const deleteValue = db.prepare('DELETE FROM field_values WHERE case_id = ? AND name = ?');
  const deleteBodyParts = db.prepare('DELETE FROM injury_body_parts WHERE injury_id = ?');
  const insertBodyPart = db.prepare('INSERT INTO injury_body_parts (injury_id, position, name, status) VALUES (?, ?, ?, ?)');

  const assertOwn = (table: string, caseId: string, ids: string[]) => assertOwnIds(db, table, caseId, ids);

  return {
    get(caseId: string): CaseData {
      const parts = new Map<string, Injury['bodyParts']>();
      for (const p of selectBodyParts.all(caseId) as Row[]) {
        const list = parts.get(p.injury_id as string) ?? [];
        list.push({ name: p.name as string, status: p.status as Injury['bodyParts'][number]['status'] });
        parts.set(p.injury_id as string, list);
      }
      const values: FieldValues = {};
      for (const v of selectValues.all(caseId) as { name: string; value_json: string }[])
        values[v.name] = JSON.parse(v.value_json);
      return {
        injuries: (selectInjuries.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          kind: r.kind as Injury['kind'],
          date: r.injury_date as string | null,
          ctFrom: r.ct_from as string | null,
          ctTo: r.ct_to as string | null,
          adjNumber: r.adj_number as string,
          description: r.description as string,
          psychClaimed: r.psych_claimed === 1,
          bodyParts: parts.get(r.id as string) ?? [],
        })),
        parties: (selectParties.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          role: r.role as Party['role'],
          name: r.name as string,
          organization: r.organization as string,
          address: r.address as string,
          phone: r.phone as string,
          email: r.email as string,
        })),
        diagnoses: (selectDiagnoses.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          bodyPart: r.body_part as string,
          code: r.code as string,
          description: r.description as string,
        })),
        measurements: (selectMeasurements.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          bodyPart: r.body_part as string,
          kind: r.kind as Measurement['kind'],
          name: r.name as string,
          side: r.side as Measurement['side'],
          value: r.value as string,
          normal: r.normal as string,
          unit: r.unit as string,
        })),
        questions: (selectQuestions.all(caseId) as Row[]).map((r) => ({
          id: r.id as string,
          partyId: r.party_id as string | null,
          text: r.text as string,
        })),
        values,
      };
    },

    saveInjuries: db.transaction((caseId: string, injuries: Injury[]) => {
      assertOwn(
        'injuries',
        caseId,
        injuries.map((i) => i.id),
      );
      syncCaseList(
        db,
        'injuries',
        ['id', 'case_id', 'position', 'kind', 'injury_date', 'ct_from', 'ct_to', 'adj_number', 'description', 'psych_claimed'],
        caseId,
        injuries.map((i, position) => ({
          id: i.id,
          case_id: caseId,
          position,
          kind: i.kind,
          injury_date: i.kind === 'specific' ? i.date : null,
          ct_from: i.kind === 'cumulative' ? i.ctFrom : null,
          ct_to: i.kind === 'cumulative' ? i.ctTo : null,
          adj_number: i.adjNumber,
          description: i.description,
          psych_claimed: i.psychClaimed ? 1 : 0,
        })),
      );
      for (const injury of injuries) {
        deleteBodyParts.run(injury.id);
        injury.bodyParts.forEach((p, position) => insertBodyPart.run(injury.id, position, p.name, p.status));
      }
    }),
    saveParties: db.transaction((caseId: string, parties: Party[]) => {
      assertOwn(
        'parties',
        caseId,
        parties.map((p) => p.id),
      );
      syncCaseList(
        db,
        'parties',
        ['id', 'case_id', 'position', 'role', 'name', 'organization', 'address', 'phone', 'email'],
        caseId,
        parties.map((p, position) => ({ ...p, case_id: caseId, position })),
      );
    }),
    saveDiagnoses: db.transaction((caseId: string, diagnoses: Diagnosis[]) => {
      assertOwn(
        'diagnoses',
        caseId,
        diagnoses.map((d) => d.id),
      );
      syncCaseList(
        db,
        'diagnoses',
        ['id', 'case_id', 'position', 'body_part', 'code', 'description'],
        caseId,
        diagnoses.map((d, position) => ({
          id: d.id,
          case_id: caseId,
          position,
          body_part: d.bodyPart,
          code: d.code,
          description: d.description,
        })),
      );
    }),
    saveMeasurements: db.transaction((caseId: string, measurements: Measurement[]) => {
      assertOwn(
        'exam_measurements',
        caseId,
        measurements.map((m) => m.id),
      );
      syncCaseList(
        db,
        'exam_measurements',
        ['id', 'case_id', 'position', 'body_part', 'kind', 'name', 'side', 'value', 'normal', 'unit'],
        caseId,
        measurements.map((m, position) => ({
          id: m.id,
          case_id: caseId,
          position,
          body_part: m.bodyPart,
          kind: m.kind,
          name: m.name,
          side: m.side,
          value: m.value,
          normal: m.normal,
          unit: m.unit,
        })),
      );
    }),
    saveQuestions: db.transaction((caseId: string, questions: PartyQuestion[]) => {
      assertOwn(
        'party_questions',
        caseId,
        questions.map((q) => q.id),
      );
      syncCaseList(
        db,
        'party_questions',
        ['id', 'case_id', 'position', 'party_id', 'text'],
        caseId,
        questions.map((q, position) => ({ id: q.id, case_id: caseId, position, party_id: q.partyId, text: q.text })),
      );
    }),
    /** Merges the given values; a null value removes the field. */
    saveValues: db.transaction((caseId: string, values: FieldValues) => {
      const now = new Date().toISOString();
      for (const [name, value] of Object.entries(values)) {
        if (value === null) deleteValue.run(caseId, name);
        else upsertValue.run(caseId, name, JSON.stringify(value), now);
      }
    }),
  };
}
export type CaseDataRepository = ReturnType<typeof createCaseDataRepository>;
