// The chronology list is read a window at a time over IPC (the count and the rows asked for, numbered over the whole
// case, without summaries); the editor reads one entry with its summary; an edit answers only its row and the number
// it had, which is all the list needs to move it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import type { ChronologyEntryInput } from '../../../electron/common/records/records-types';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

const ENTRIES = 130;
let t: TempBackend;
let caseId: string;
const ids: string[] = [];

/** Entry i is dated 2020-01-01 plus i days, created in reverse so the list must sort them. */
const input = (i: number, provider = `Dr. Fictional ${i}`): ChronologyEntryInput => ({
  dateOfService: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
  provider,
  facility: 'Fictional Clinic',
  recordType: 'Progress note',
  source: null,
  summary: paragraphsToDocument([`Fictional visit ${i}.`]),
  reliedUpon: false,
});

beforeAll(async () => {
  t = createTempBackend({ prefix: 'medlegal-chronology-rows-' });
  const fields = {
    examineeName: 'Rowan Window (fictional)',
    dateOfBirth: null,
    claimNumber: '',
    employer: '',
    claimsAdministrator: '',
    reportKind: 'QME' as const,
    examDate: null,
  };
  caseId = (await t.invoke('cases:create', { fields })).id;
  for (let i = ENTRIES - 1; i >= 0; i--) ids[i] = (await t.invoke('chronology:create', { caseId, entry: input(i) })).id;
});
afterAll(async () => {
  await t.cleanup();
});

const rows = async (offset: number, limit: number) => (await t.invoke('chronology:rows', { caseId, offset, limit }))!;

describe('chronology rows', () => {
  it('answers the count and only the rows asked for, numbered in date order, without summaries', async () => {
    const first = await rows(0, 20);
    expect(first.total).toBe(ENTRIES);
    expect(first.rows.map((r) => [r.number, r.provider])).toEqual(
      Array.from({ length: 20 }, (_, i) => [i + 1, `Dr. Fictional ${i}`]),
    );
    expect(first.rows.every((r) => !('summary' in r))).toBe(true);

    const last = await rows(120, 60);
    expect(last.total).toBe(ENTRIES);
    expect(last.rows.map((r) => r.number)).toEqual(Array.from({ length: 10 }, (_, i) => 121 + i));
    expect((await rows(500, 10)).rows).toEqual([]);
  });

  it('refuses a window it cannot serve with a message saying what to ask for', async () => {
    for (const [offset, limit] of [
      [0, 0],
      [0, 501],
      [-1, 10],
    ]) {
      const result = await t.invokeRaw('chronology:rows', { caseId, offset, limit });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^(limit: Ask for 1–500 chronology rows|offset: The first row)/);
    }
  });

  it('gives the editor one entry with its summary', async () => {
    const entry = (await t.invoke('chronology:get', { entryId: ids[5]! }))!;
    expect(entry).toMatchObject({ number: 6, provider: 'Dr. Fictional 5', summary: input(5).summary });
    const gone = await t.invokeRaw('chronology:get', { entryId: '00000000-0000-4000-8000-000000000000' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers an edit with its row and the number it had; the rows it passed move by one', async () => {
    // Entry 3 (index 2) dated after every other: it becomes the last.
    const moved = (await t.invoke('chronology:update', {
      entryId: ids[2]!,
      entry: { ...input(2, 'Dr. Moved'), dateOfService: '2030-01-01' },
    }))!;
    expect(moved.previousNumber).toBe(3);
    expect(moved.entry).toMatchObject({ id: ids[2], number: ENTRIES, provider: 'Dr. Moved' });
    expect('summary' in moved.entry).toBe(false);

    const after = await rows(0, ENTRIES);
    expect(after.rows.map((r) => r.provider).slice(0, 4)).toEqual([
      'Dr. Fictional 0',
      'Dr. Fictional 1',
      'Dr. Fictional 3',
      'Dr. Fictional 4',
    ]);
    expect(after.rows.at(-1)).toMatchObject({ id: ids[2], number: ENTRIES });

    // A text edit keeps its place.
    const same = (await t.invoke('chronology:update', { entryId: ids[0]!, entry: input(0, 'Dr. Renamed') }))!;
    expect(same).toMatchObject({ previousNumber: 1, entry: { number: 1, provider: 'Dr. Renamed' } });
  });
});
