// `npm run demo` exports the sample case through the real backend, and LibreOffice opens the result.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, pdfPageCount, pdfText, renderDocxToPdf } from '../../helpers/docx';

describe('npm run demo', () => {
  it('writes the sample case as a .docx that LibreOffice converts to PDF', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-demo-test-'));
    const out = path.join(dir, 'sample.docx');
    const printed = execFileSync('npx', ['tsx', 'scripts/demo.ts', '--out', out], { encoding: 'utf8' });
    expect(printed).toContain(`Wrote ${out}`);

    expect(await docxText(out)).toContain('Maria Q. Sample');
    const pdf = renderDocxToPdf(out, dir);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfText(pdf)).toContain('QUALIFIED MEDICAL EVALUATION');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
