// ICD-10-CM pick-list: every code is well formed and unique, and the searches a physician types find the right code.
import { describe, expect, it } from 'vitest';
import rawTable from '../../../electron/common/rules/icd10-common.json';
import {
  ICD10_CODES,
  ICD10_CODE_PATTERN,
  ICD10_GROUPS,
  ICD10_TABLE_REF,
  isValidLookingIcd10,
  lookupIcd10,
  normalizeIcd10Code,
  searchIcd10,
} from '../../../electron/common/calc/icd10-search';

const codesOf = (query: string, limit?: number) => searchIcd10(query, limit).map((e) => e.code);

describe('icd10-common.json', () => {
  it('is dated, versioned and sourced for the FY2026 code set', () => {
    expect(ICD10_TABLE_REF).toEqual({ id: 'icd10-common', version: rawTable.version, effectiveFrom: '2025-10-01' });
    expect(rawTable.source.length).toBeGreaterThan(0);
  });

  it('holds a few hundred codes, each valid-looking and listed once', () => {
    const codes = rawTable.codes.map((c) => c.code);
    expect(codes.length).toBeGreaterThanOrEqual(250);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(ICD10_CODE_PATTERN);
      expect(isValidLookingIcd10(code)).toBe(true);
    }
    expect(ICD10_CODES.length).toBe(codes.length);
  });

  it('gives every code a description and a group', () => {
    for (const c of ICD10_CODES) {
      expect(c.description.trim(), c.code).not.toBe('');
      expect(ICD10_GROUPS, c.code).toContain(c.group);
      for (const a of c.aliases ?? []) expect(a.trim(), c.code).not.toBe('');
    }
  });

  it('uses only initial-encounter (A) and sequela (S) 7th characters', () => {
    const seventh = ICD10_CODES.filter((c) => c.code.replace('.', '').length === 7).map((c) => c.code.at(-1));
    expect(seventh.length).toBeGreaterThan(50);
    expect(new Set(seventh)).toEqual(new Set(['A', 'S']));
  });

  it('leaves out headers that are not billable, such as M51.36 since FY2025', () => {
    for (const header of ['M51.36', 'M51.37', 'M54.5', 'M54.1', 'F43.1', 'G56.0', 'S83.24', 'S83.241']) {
      expect(lookupIcd10(header), header).toBeUndefined();
    }
    expect(codesOf('M51.36')).toEqual(['M51.360', 'M51.361', 'M51.362', 'M51.369']);
  });

  it('covers every region the reports need', () => {
    expect(ICD10_GROUPS).toEqual(
      expect.arrayContaining([
        'Lumbar and thoracic spine',
        'Cervical spine',
        'Shoulder',
        'Wrist and hand',
        'Knee and leg',
        'Psychiatric',
        'Hearing and ear',
      ]),
    );
    for (const code of [
      'M54.50',
      'M54.51',
      'M54.59',
      'M51.16',
      'M51.17',
      'M51.26',
      'S33.5XXA',
      'S13.4XXA',
      'S23.3XXA',
      'M72.2',
      'R42',
      'G89.4',
      'I10',
      'K40.90',
    ]) {
      expect(lookupIcd10(code), code).toBeDefined();
    }
  });
});

describe('searchIcd10 by code', () => {
  it('puts the exact code first', () => {
    expect(codesOf('M54.16')[0]).toBe('M54.16');
    expect(codesOf('i10')).toEqual(['I10']);
  });

  it('finds codes by prefix, with or without the dot', () => {
    expect(codesOf('M54.5')).toEqual(['M54.50', 'M54.51', 'M54.59']);
    expect(codesOf('m545')).toEqual(['M54.50', 'M54.51', 'M54.59']);
    expect(codesOf('F43.1')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(codesOf('s8351')).toEqual(expect.arrayContaining(['S83.511A', 'S83.512A']));
  });

  it('finds a code typed without its dot', () => {
    expect(codesOf('m5416')[0]).toBe('M54.16');
    expect(codesOf('S134XXA')[0]).toBe('S13.4XXA');
    expect(codesOf(' g5601 ')[0]).toBe('G56.01');
  });
});

describe('searchIcd10 by words', () => {
  it('matches all words in any order, case-insensitive', () => {
    expect(codesOf('carpal right')[0]).toBe('G56.01');
    expect(codesOf('RIGHT Carpal')[0]).toBe('G56.01');
    expect(codesOf('knee left primary osteoarthritis')[0]).toBe('M17.12');
  });

  it('matches the start of words when the physician has not finished typing', () => {
    expect(codesOf('radic lumb').slice(0, 2)).toEqual(['M54.16', 'M54.17']);
    expect(codesOf('low bak')[0]).toBe('M54.50');
  });

  it('ranks codes matching every word above codes matching only some', () => {
    const results = codesOf('carpal right', 10);
    expect(results[0]).toBe('G56.01');
    // Other carpal tunnel codes (one word matched, but a rare one) come before right-sided codes of every kind.
    expect(results.slice(0, 5)).toEqual(expect.arrayContaining(['G56.00', 'G56.02', 'G56.03']));
  });

  it('finds codes by their group name', () => {
    const psych = ICD10_CODES.filter((c) => c.group === 'Psychiatric');
    const results = searchIcd10('psychiatric', 500);
    expect(results).toHaveLength(psych.length);
    expect(results.every((c) => c.group === 'Psychiatric')).toBe(true);
    expect(codesOf('hearing', 50)).toEqual(expect.arrayContaining(['H90.3', 'H93.13']));
  });

  it('finds codes through lay terms and abbreviations', () => {
    expect(codesOf('PTSD')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(codesOf('CTS')).toEqual(['G56.00', 'G56.01', 'G56.02', 'G56.03']);
    expect(codesOf('tennis elbow').slice(0, 2)).toEqual(['M77.11', 'M77.12']);
    expect(codesOf('whiplash')).toContain('S13.4XXA');
  });

  it('does not match short words inside other words', () => {
    expect(codesOf('cts')).not.toContain('H83.3X1'); // "effects"
    expect(codesOf('de quervain')).toEqual(['M65.4']);
  });

  it.each<[string, string, number]>([
    ['low back', 'M54.50', 1],
    ['rotator cuff', 'M75.101', 1],
    ['PTSD', 'F43.10', 1],
    ['posttraumatic stress disorder', 'F43.10', 1],
    ['chronic PTSD', 'F43.12', 1],
    ['carpal tunnel bilateral', 'G56.03', 1],
    ['frozen shoulder', 'M75.01', 1],
    ["golfer's elbow", 'M77.01', 1],
    ['trigger thumb left', 'M65.312', 1],
    ['lumbar radiculopathy', 'M54.16', 1],
    ['herniated disc lumbar', 'M51.26', 3],
    ['meniscus tear right', 'S83.241A', 3],
    ['ACL', 'S83.511A', 1],
    ['plantar fasciitis', 'M72.2', 1],
    ['de Quervain', 'M65.4', 1],
    ['tinnitus bilateral', 'H93.13', 1],
    ['noise induced hearing loss', 'H83.3X3', 4],
    ['postconcussion syndrome', 'F07.81', 1],
    ['sleep apnea', 'G47.33', 1],
    ['high blood pressure', 'I10', 1],
    ['CRPS right upper limb', 'G90.511', 1],
    ['valley fever', 'B38.9', 2],
    ['adjustment disorder mixed anxiety', 'F43.23', 1],
    ['generalized anxiety', 'F41.1', 1],
  ])('"%s" finds %s in the top %i', (query, code, top) => {
    expect(codesOf(query).slice(0, top)).toContain(code);
  });

  it('returns nothing for an empty query or a query that matches nothing', () => {
    expect(searchIcd10('')).toEqual([]);
    expect(searchIcd10('   ')).toEqual([]);
    expect(searchIcd10('xyzzy')).toEqual([]);
  });
});

describe('searchIcd10 limit', () => {
  it('returns at most 20 results by default', () => {
    expect(searchIcd10('right')).toHaveLength(20);
  });

  it('respects the limit it is given', () => {
    expect(searchIcd10('pain', 5)).toHaveLength(5);
    expect(searchIcd10('M', 3).length).toBeLessThanOrEqual(3);
    expect(searchIcd10('pain', 0)).toEqual([]);
    expect(searchIcd10('pain', -1)).toEqual([]);
    expect(searchIcd10('pain', 2.7)).toHaveLength(2);
  });

  it('keeps the same order whatever the limit', () => {
    const all = codesOf('shoulder', 100);
    expect(codesOf('shoulder', 7)).toEqual(all.slice(0, 7));
  });
});

describe('lookupIcd10', () => {
  it('finds a code whatever the case and with or without the dot', () => {
    expect(lookupIcd10('M54.16')?.description).toBe('Radiculopathy, lumbar region');
    expect(lookupIcd10('m5416')?.code).toBe('M54.16');
    expect(lookupIcd10(' s13.4xxa ')?.aliases).toContain('whiplash');
  });

  it('returns undefined for codes not in the list and for text that is not a code', () => {
    expect(lookupIcd10('Z99.89')).toBeUndefined();
    expect(lookupIcd10('carpal tunnel')).toBeUndefined();
    expect(lookupIcd10('')).toBeUndefined();
  });
});

describe('isValidLookingIcd10 and normalizeIcd10Code', () => {
  it.each(['M54.16', 'm5416', 'S83.241A', 'I10', 'F32.A', 'H83.3X1', ' g56.01 '])('%s looks valid', (code) => {
    expect(isValidLookingIcd10(code)).toBe(true);
  });

  it.each(['', 'M5', 'M54.', '54.16', 'U07.1', 'M54.16789', 'M54 16', 'M.5416', 'carpal', 'M54-16'])('"%s" does not', (code) => {
    expect(isValidLookingIcd10(code)).toBe(false);
  });

  it('writes what was typed in the dotted form', () => {
    expect(normalizeIcd10Code('m5416')).toBe('M54.16');
    expect(normalizeIcd10Code('s834xxa')).toBe('S83.4XXA');
    expect(normalizeIcd10Code('i10')).toBe('I10');
    expect(normalizeIcd10Code('hello')).toBeNull();
  });
});
