// A new case list keeps every case that did not change as the same object, so the table redraws only changed rows.
import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_FIELDS, type CaseSummary } from '../../../../electron/common/case/case-model';
import { keepUnchanged } from '../../../../renderer/src/features/cases/keep-unchanged';

const aCase = (n: number, name = `Fictional Examinee ${n}`): CaseSummary => ({
  ...EMPTY_CASE_FIELDS,
  examineeName: name,
  id: `case-${n}`,
  template: { id: 'ca-qme-comprehensive', version: 1 },
  status: 'drafting',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  nextDeadline: { date: '2026-02-01', label: 'Report due', daysLeft: 30, urgency: 'ok' },
  served: null,
});

describe('keepUnchanged', () => {
  it('keeps the cases of the first rows when the rest of the list arrives, and takes the new ones', () => {
    const first = [aCase(1), aCase(2)];
    const whole = keepUnchanged(first, [aCase(1), aCase(2), aCase(3)]);
    expect(whole).toHaveLength(3);
    expect(whole[0]).toBe(first[0]);
    expect(whole[1]).toBe(first[1]);
    expect(whole[2]).toEqual(aCase(3));
  });

  it('takes a changed case as new, down to a changed deadline inside it', () => {
    const shown = [aCase(1), aCase(2)];
    const later = { ...aCase(2), nextDeadline: { ...aCase(2).nextDeadline!, daysLeft: 29 } };
    const next = keepUnchanged(shown, [aCase(1, 'Renamed Examinee'), later]);
    expect(next[0]).not.toBe(shown[0]);
    expect(next[0]!.examineeName).toBe('Renamed Examinee');
    expect(next[1]).toBe(later);
  });

  it('gives back the very same list when nothing changed, and the new order when only the order did', () => {
    const shown = [aCase(1), aCase(2)];
    expect(keepUnchanged(shown, [aCase(1), aCase(2)])).toBe(shown);
    const swapped = keepUnchanged(shown, [aCase(2), aCase(1)]);
    expect(swapped).not.toBe(shown);
    expect(swapped).toEqual([shown[1], shown[0]]);
    expect(swapped[0]).toBe(shown[1]);
  });

  it('takes the reply as it is when nothing was shown before', () => {
    const reply = [aCase(1)];
    expect(keepUnchanged(null, reply)).toBe(reply);
    expect(keepUnchanged([], reply)).toBe(reply);
  });
});
