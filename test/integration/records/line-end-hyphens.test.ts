// Words split by a line-end hyphen are stored joined (as pdftotext joins them) and found both ways: "similar" (never
// "sim ilar"), a compound as "follow-up" or "followup", "COVID-19" or "COVID19"; older imports are re-read to match.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineEndHyphenPdf } from '../../fixtures/evidence-pdfs';
import { createCase, createHarness, importFiles, type Harness } from './records-harness';

let h: Harness;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-hyphen-'));
  file = path.join(dir, 'Hyphenated note.pdf');
  fs.writeFileSync(file, await lineEndHyphenPdf());
  h = createHarness();
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const hits = (caseId: string, query: string) => h.records.search.search(caseId, query).hits.length;

describe('line-end hyphens', () => {
  it('stores the joined word and finds it, and finds compounds either way', async () => {
    const caseId = createCase(h.db);
    const status = await importFiles(h, [file], undefined, caseId);
    expect(status.fileProblems).toEqual([]);
    const page = h.records.repo.getPage(h.records.repo.listFiles(caseId)[0]!.id, 1)!;
    expect(page.text).toContain('findings are similar to the prior study');
    expect(page.text).toContain('Straight leg raise is positive on the left');
    expect(page.text).toContain('COVID-19 test');
    expect(page.text).not.toMatch(/sim ilar|\uFFFE/);

    expect(hits(caseId, 'similar')).toBe(1);
    expect(hits(caseId, '"are similar to"')).toBe(1);
    expect(hits(caseId, 'positive')).toBe(1);
    expect(hits(caseId, 'follow-up')).toBe(1);
    expect(hits(caseId, 'followup')).toBe(1);
    expect(hits(caseId, 'COVID-19')).toBe(1);
    expect(hits(caseId, 'COVID19')).toBe(1);
  });

  it('re-reads a file imported before the fix: its text and index are repaired in the background', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [file], undefined, caseId);
    const fileId = h.records.repo.listFiles(caseId)[0]!.id;
    // What an older version stored: the hyphen mark turned into a space, nothing else indexed, text version 1.
    h.db
      .prepare(`UPDATE record_pages SET text = replace(text, 'similar', 'sim ilar'), search_extra = '' WHERE file_id = ?`)
      .run(fileId);
    h.db.prepare('UPDATE record_files SET text_version = 1 WHERE id = ?').run(fileId);
    expect(hits(caseId, 'similar')).toBe(0);

    expect(await h.records.reindexOlderFiles()).toBe(1);
    expect(h.records.repo.getPage(fileId, 1)!.text).toContain('similar to the prior study');
    expect(hits(caseId, 'similar')).toBe(1);
    expect(hits(caseId, 'followup')).toBe(1);
    expect(await h.records.reindexOlderFiles()).toBe(0);
  });
});
