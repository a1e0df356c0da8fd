// `npm run demo` signs and exports the sample case through the real backend (fictional physician, sample letterhead,
// proof of service); its PDF copy, made by LibreOffice in the background, shows the physician, the county and the
// service pages.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, pdfPageCount, pdfText } from '../../helpers/docx';
import { requireTool } from '../../helpers/tools';

describe('npm run demo', () => {
  it('writes the signed sample case as a .docx with a PDF copy beside it', { timeout: 180_000 }, async () => {
    requireTool('soffice');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-demo-test-'));
    const out = path.join(dir, 'sample.docx');
    const pdf = path.join(dir, 'sample.pdf');
    const printed = execFileSync('npx', ['tsx', 'scripts/demo.ts', '--out', out], { encoding: 'utf8' });
    expect(printed).toContain(`Wrote ${out}`);
    expect(printed).toContain(`PDF copy: ${pdf}`);

    const docText = await docxText(out);
    expect(docText).toContain('Maria Q. Sample');
    expect(docText).not.toMatch(/\bDRAFT\b/);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(4);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('QUALIFIED MEDICAL EVALUATION');
    expect(text).toContain('Avery J. Example, MD, FAAOS');
    expect(text).toContain('Qualified Medical Evaluator No. QME-000000');
    expect(text).toMatch(/Executed on \d\d\/\d\d\/\d{4}, in Los Angeles County, California\./);
    expect(text).toContain('Avery J. Example, MD — Orthopaedic Surgery (fictional)');
    expect(text).toContain('Declaration of Service of Medical-Legal Report');
    expect(text).toContain('Service List');
    expect(text).toContain('18 Fictional Court');
    // Every capability the app has shows in the demo: the numbered records table and the page verification from the
    // imported sample records, the WPI table with its combining steps, and the apportionment table.
    expect(text).toMatch(/1 11\/03\/2025 Nadia Petrov, MD/);
    expect(text).toContain('pages of records reviewed by me in connection with this report is 286');
    expect(text).toContain('13 C 2 = 15');
    expect(text).toMatch(/Multilevel facet arthropathy, L3-S1 20%/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
