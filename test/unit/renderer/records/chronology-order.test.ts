// An edited chronology entry renumbers the list on screen as the backend numbers it, from the one entry sent back.
import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../../electron/common/records/records-types';
import { renumberedWith } from '../../../../renderer/src/features/records/chronology-order';

const entry = (id: string, number: number, dateOfService: string | null, sortOrder = number): ChronologyEntry => ({
  id,
  caseId: 'c',
  number,
  dateOfService,
  provider: `Dr. ${id}`,
  facility: '',
  recordType: '',
  source: null,
  summary: [],
  reliedUpon: false,
  sortOrder,
  sender: null,
  sourceFileName: null,
  sourceMarks: null,
  createdAt: `2026-01-01T00:00:0${sortOrder}Z`,
  updatedAt: '2026-01-01T00:00:00Z',
});

const list = [entry('a', 1, '2020-01-01'), entry('b', 2, '2021-01-01'), entry('c', 3, '2022-01-01'), entry('u', 4, null)];
const ids = (l: ChronologyEntry[] | null) => l?.map((e) => `${e.number}${e.id}`).join(' ');

describe('renumbering after an edit', () => {
  it.each([
    ['moved later', { ...list[0]!, dateOfService: '2021-06-01', number: 2 }, '1b 2a 3c 4u'],
    ['moved to the end of the dated', { ...list[0]!, dateOfService: '2030-01-01', number: 3 }, '1b 2c 3a 4u'],
    ['undated goes after the dated, in the physician’s order', { ...list[1]!, dateOfService: null, number: 3 }, '1a 2c 3b 4u'],
    [
      'same date as another: the physician’s order decides',
      { ...list[2]!, dateOfService: '2020-01-01', number: 2 },
      '1a 2c 3b 4u',
    ],
    ['dated from undated', { ...list[3]!, dateOfService: '2019-05-05', number: 1 }, '1u 2a 3b 4c'],
  ])('%s', (_, updated, expected) => {
    expect(ids(renumberedWith(list, updated))).toBe(expected);
  });

  it('keeps the entries whose number did not change as they were, so their rows need not redraw', () => {
    const next = renumberedWith(list, { ...list[1]!, provider: 'Dr. Renamed' })!;
    expect(next[0]).toBe(list[0]);
    expect(next[2]).toBe(list[2]);
    expect(next[1]!.provider).toBe('Dr. Renamed');
  });

  it('answers null (reload) when its order disagrees with the backend’s number', () => {
    expect(renumberedWith(list, { ...list[0]!, dateOfService: '2030-01-01', number: 1 })).toBeNull();
  });
});
