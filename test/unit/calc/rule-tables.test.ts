// Every rule table is dated, versioned and sourced, and a broken table fails loudly with its file name.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AMA5 } from '../../../electron/common/calc/ama5-table';
import { APPORTIONMENT_RULES } from '../../../electron/common/calc/apportionment';
import { DEADLINE_RULES } from '../../../electron/common/calc/deadlines';
import { FEE_SCHEDULES } from '../../../electron/common/calc/fees';
import { loadRuleTable, ruleTableMeta } from '../../../electron/common/calc/rule-table';
import { CA_STATE_HOLIDAYS } from '../../../electron/common/calc/state-holidays';

describe('rule tables', () => {
  it.each([
    ['ama5-conversions', AMA5],
    ['ca-apportionment', APPORTIONMENT_RULES],
    ['ca-qme-deadlines', DEADLINE_RULES],
    ['ca-ml-fee-schedule', FEE_SCHEDULES[0]!],
    ['ca-state-holidays', CA_STATE_HOLIDAYS],
  ])('%s has a version, an effective date and sources', (id, table) => {
    expect(table.id).toBe(id);
    expect(table.version).toMatch(/\S/);
    expect(table.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.source.length).toBeGreaterThan(0);
    for (const s of table.source) expect(s.citation).toMatch(/\S/);
  });

  it('the fee schedule starts on 1 April 2021', () => {
    expect(FEE_SCHEDULES[0]!.effectiveFrom).toBe('2021-04-01');
  });

  it('throws with the file name and the bad field when a table is invalid', () => {
    const schema = z.object({ ...ruleTableMeta, rate: z.number().int() });
    const bad = { id: 'x', version: '1', effectiveFrom: '2021-02-30', source: [{ citation: 'c', confidence: 'H' }], rate: 1.5 };
    expect(() => loadRuleTable('x.json', schema, bad)).toThrow(/rules\/x\.json is invalid/);
    expect(() => loadRuleTable('x.json', schema, bad)).toThrow(/rate/);
    expect(() => loadRuleTable('x.json', schema, bad)).toThrow(/effectiveFrom/);
  });
});
