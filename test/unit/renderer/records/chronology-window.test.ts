// The chronology list on screen, read a window at a time: rows fill their positions, an edit moves its one row and
// renumbers the rows it passed from the number it had, and a list that changed elsewhere is read again.
import { describe, expect, it } from 'vitest';
import type { ChronologyRow } from '../../../../electron/common/records/records-types';
import { firstMissing, withMove, withRows } from '../../../../renderer/src/features/records/chronology-window';

const row = (id: string, number: number): ChronologyRow => ({
  id,
  caseId: 'c',
  number,
  dateOfService: '2020-01-01',
  provider: `Dr. ${id}`,
  facility: '',
  recordType: '',
  source: null,
  reliedUpon: false,
  sortOrder: number,
  sender: null,
  sourceFileName: null,
  sourceMarks: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const shown = (rows: readonly (ChronologyRow | undefined)[]) =>
  Array.from({ length: rows.length }, (_, i) => (rows[i] ? `${rows[i].number}${rows[i].id}` : '-')).join(' ');

// Eight entries a..h; positions 0-2 and 6-7 read, 3-5 not yet.
const known = withRows(withRows(null, 8, 0, [row('a', 1), row('b', 2), row('c', 3)]), 8, 6, [row('g', 7), row('h', 8)]);

describe('the chronology window', () => {
  it('keeps the rows read so far by position and finds the first one not read', () => {
    expect(shown(known.rows)).toBe('1a 2b 3c - - - 7g 8h');
    expect(firstMissing(known, 0, 2)).toBe(-1);
    expect(firstMissing(known, 1, 7)).toBe(3);
    expect(firstMissing(null, 4, 9)).toBe(4);
  });

  it('drops what it read when the count changed (an entry added or deleted elsewhere)', () => {
    expect(shown(withRows(known, 9, 0, [row('a', 1)]).rows)).toBe('1a - - - - - - - -');
  });

  it.each([
    ['later, past rows not read', row('a', 7), 1, '1b 2c - - - 6g 7a 8h'],
    ['earlier', row('h', 2), 8, '1a 2h 3b 4c - - - 8g'],
    ['in place (a text edit)', { ...row('b', 2), provider: 'Dr. Renamed' }, 2, '1a 2b 3c - - - 7g 8h'],
  ])('moves an entry %s and renumbers the rows between', (_, entry, previousNumber, expected) => {
    const next = withMove(known, entry, previousNumber)!;
    expect(shown(next.rows)).toBe(expected);
    expect(next.rows.find((r) => r?.id === entry.id)).toBe(entry);
  });

  it('keeps the rows whose number did not change as they were, so they need not redraw', () => {
    const next = withMove(known, row('b', 3), 2)!;
    expect(next.rows[0]).toBe(known.rows[0]);
    expect(next.rows[7]).toBe(known.rows[7]);
  });

  it('answers null (read again) when the row at the previous number is another entry', () => {
    expect(withMove(known, row('a', 5), 2)).toBeNull();
    expect(withMove(known, row('d', 1), 4)).toBeNull();
  });
});
