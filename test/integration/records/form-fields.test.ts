// Filled AcroForm fields (text fields and ticked boxes, read through their widget annotations) are stored with the
// page's text, so intake and claim forms answered in fields are searchable and feed the chronology suggestions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeFormsPdf } from '../../fixtures/evidence-pdfs';
import { createHarness, importFiles, type Harness } from './records-harness';

let h: Harness;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-forms-'));
  h = createHarness();
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('form fields', () => {
  it('stores field values with the page text, indexes them, and suggests the date typed into a field', async () => {
    const file = path.join(dir, 'Intake forms.pdf');
    fs.writeFileSync(
      file,
      await intakeFormsPdf([
        { name: 'Quillon Vasquez-Marr', employer: 'Tidewater Fictional Freight', dateOfService: '03/14/2022', ticks: ['back'] },
        { name: 'Orla Fenwick', employer: 'Harbor Fictional Bakery', ticks: [] },
      ]),
    );
    const status = await importFiles(h, [file]);
    expect(status.fileProblems).toEqual([]);
    const stored = h.records.repo.listFiles(h.caseId)[0]!;
    const [first, second] = h.records.repo.listPages(stored.id);

    expect(first!.text).toContain('PATIENT INTAKE FORM (fictional)');
    expect(first!.text).toContain('patient name: Quillon Vasquez-Marr');
    expect(first!.text).toContain('employer: Tidewater Fictional Freight');
    expect(first!.text).toContain('pain back: [x]');
    expect(first!.text).not.toContain('pain neck');
    expect(second!.text).toContain('patient name: Orla Fenwick');
    expect(second!.text).not.toMatch(/pain (back|neck|shoulder)|date of service/);
    // Field values make a page with a text layer no less "text": nothing waits for OCR.
    expect(first!.hasTextLayer).toBe(true);

    const pagesFor = (q: string) => h.records.search.search(h.caseId, q).hits.map((hit) => hit.pageNumber);
    expect(pagesFor('Tidewater')).toEqual([1]);
    expect(pagesFor('"Orla Fenwick"')).toEqual([2]);
    expect(pagesFor('Vasquez-Marr')).toEqual([1]);

    expect(h.records.suggestEntry(stored.id, 1)?.dateOfService).toEqual({
      value: '2022-03-14',
      evidence: 'intake0 date of service: 03/14/2022',
    });
  });
});
