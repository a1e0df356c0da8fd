// Search input that would be FTS syntax never breaks a search; suggestions for a chronology entry read the
// date, provider, facility and type from page text; the viewer gets a stored file's exact bytes by file id.
import fs from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/backend/records/record-search';
import { suggestEntry } from '../../../electron/common/records/suggest-entry';
import { recordPage, type FixtureSet } from '../../fixtures/generate-pdfs';
import { closeAll, importFiles, openAll, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;

beforeAll(async () => {
  ({ fx, h } = await openAll({ resumeOcr: false }));
  await importFiles(h, [fx.textA, fx.textB]);
});
afterAll(() => closeAll(h, fx));

describe('search input', () => {
  it.each([
    ['lumbar', '"lumbar"'],
    ['disc protrusion', '"disc" "protrusion"'],
    ['"disc protrusion" L4-L5', '"disc protrusion" "L4 L5"'],
    ['protru*', '"protru"*'],
    ['p*', '"p"'],
    ['AND OR NOT', '"AND" "OR" "NOT"'],
    ['NEAR(lumbar spine)', '"NEAR lumbar" "spine"'],
    ['text:lumbar ^spine -pain +disc', '"text lumbar" "spine" "pain" "disc"'],
    ['"unbalanced quote', '"unbalanced quote"'],
    ["O'Neil, M.D.", '"O Neil" "M D"'],
    ['***', null],
    ['   ', null],
    ['"" () : -', null],
  ])('%j becomes %j', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it.each([
    '"',
    '(',
    ')',
    'AND',
    'lumbar AND',
    'NEAR(',
    '*',
    'a"b"c',
    '{col}: x',
    'x OR',
    '🦴 fracture',
    '\u0000\u0007',
    'é'.repeat(300),
  ])('%j searches without an error', (input) => {
    expect(() => h.records.search.search(h.caseId, input)).not.toThrow();
  });

  it('matches a prefix and a phrase with punctuation, citing file and page', () => {
    const hits = h.records.search.search(h.caseId, 'supraspin*', { limit: 200 }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet.some((p) => p.hit && /^supraspin/i.test(p.text))).toBe(true);
    const page = h.records.search.search(h.caseId, '"Record reference 202-3"').hits;
    expect(page.map((x) => [x.fileName, x.pageNumber])).toEqual([['Sierra Imaging.pdf', 3]]);
  });

  it('pages through many hits', () => {
    const first = h.records.search.search(h.caseId, 'Fictional Way', { limit: 15, order: 'document' });
    const rest = h.records.search.search(h.caseId, 'Fictional Way', { limit: 15, offset: 15, order: 'document' });
    expect(first.hits).toHaveLength(15);
    expect(first.more).toBe(true);
    expect(rest.hits).toHaveLength(5);
    expect(rest.more).toBe(false);
  });
});

describe('entry suggestions', () => {
  it('reads date, provider, facility and type from a generated record page', () => {
    const expected = recordPage(101, 4, 12);
    const file = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === 'Bayview Ortho records.pdf')!;
    const s = h.records.suggestEntry(file.id, 5)!;
    expect(s.dateOfService?.value).toBe(expected.dateOfService);
    expect(s.provider?.value).toBe(expected.provider);
    expect(s.facility?.value).toBe(expected.facility);
    expect(s.recordType?.evidence).toBe(expected.recordType);
    expect(h.records.suggestEntry(file.id, 99)).toBeNull();
  });

  it.each([
    ['DOS: 3/4/21\nProvider: Jonathan Pike, D.O.', { dateOfService: '2021-03-04', provider: 'Jonathan Pike, D.O.' }],
    ['DOB: 01/02/1975\nDate of Injury: 05/06/2020\nExam Date: June 7, 2022', { dateOfService: '2022-06-07', provider: null }],
    [
      'Patient: Doe, Jane\nDate of Service:\n2023-01-09\nElectronically signed by Hannah Brooks, PA-C on 01/10/2023',
      { dateOfService: '2023-01-09', provider: 'Hannah Brooks, PA-C' },
    ],
    ['Seen 14 Feb 2020 by Dr. Samuel Okafor', { dateOfService: '2020-02-14', provider: null }],
    [
      'Printed 02/02/2024\nVisit date 11/30/2019\nRadiologist: Victor Morales, M.D.',
      { dateOfService: '2019-11-30', provider: 'Victor Morales, M.D.' },
    ],
    ['Date: 13/45/2020 is not a date', { dateOfService: null, provider: null }],
  ])('%j', (text, want) => {
    const s = suggestEntry(text);
    expect(s.dateOfService?.value ?? null).toBe(want.dateOfService);
    expect(s.provider?.value ?? null).toBe(want.provider);
  });

  it.each([
    ["PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT (PR-2)", "Primary treating physician's progress report (PR-2)"],
    ['OPERATIVE REPORT\nPreoperative diagnosis: ...', 'Operative report'],
    ['X-RAY RIGHT SHOULDER, 3 VIEWS', 'X-RAY Right Shoulder, 3 Views'],
    ['NERVE CONDUCTION STUDY / EMG', 'Electrodiagnostic study (EMG/NCS)'],
    ['PHYSICAL THERAPY DAILY NOTE', 'Physical therapy note'],
    ['DEPOSITION OF PAT SAMPLE, VOLUME I', 'Deposition transcript'],
    ['Follow-up visit. PROGRESS NOTE', 'Office / progress note'],
    ['Lunch menu', null],
  ])('record type of %j', (text, type) => {
    expect(suggestEntry(text).recordType?.value ?? null).toBe(type);
  });

  it('takes the facility from the letterhead', () => {
    expect(
      suggestEntry('Redwood Community Hospital\n1 Sample Way, Sample City, CA 90000\nEMERGENCY DEPARTMENT RECORD').facility
        ?.value,
    ).toBe('Redwood Community Hospital');
  });
});

describe('stored file for the viewer', () => {
  it('streams the exact bytes, whole or as a byte range, by file id', async () => {
    const file = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === 'Sierra Imaging.pdf')!;
    const original = fs.readFileSync(fx.textB);
    const whole = await h.records.openFileStream(file.id);
    expect(whole).toMatchObject({
      length: original.length,
      totalSize: original.length,
      fileName: 'Sierra Imaging.pdf',
      contentType: 'application/pdf',
    });
    expect((await buffer(whole.stream)).equals(original)).toBe(true);
    const part = await h.records.openFileStream(file.id, { start: 100, end: 1123 });
    expect(part.length).toBe(1024);
    expect((await buffer(part.stream)).equals(original.subarray(100, 1124))).toBe(true);
  });

  it('answers an unknown file id with a plain not-found', async () => {
    await expect(h.records.openFileStream('no-such-file')).rejects.toMatchObject({ code: 'not-found' });
  });
});
