// The PDF copy beside a signed .docx: made by LibreOffice in the background and recorded in the history once written;
// a LibreOffice that fails, or none at all, never fails the export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireTool } from '../../helpers/tools';
import { openSigningSession, type SigningSession } from './signing-session';

let session: SigningSession | undefined;
const savedPath = process.env.PATH;
afterEach(async () => {
  process.env.PATH = savedPath;
  await session?.close();
  session = undefined;
});

/** A folder holding only a fake soffice that fails, to put first on PATH while the backend starts. */
function failingSoffice(): string {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-fake-soffice-'));
  fs.writeFileSync(path.join(bin, 'soffice'), '#!/bin/sh\necho "conversion failed" >&2\nexit 1\n', { mode: 0o755 });
  return bin;
}

describe('the PDF copy', () => {
  it('is written beside the signed .docx and recorded in the history', { timeout: 180_000 }, async () => {
    requireTool('soffice');
    session = await openSigningSession({ pdfCopies: true });
    const outcome = await session.call('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    expect(outcome.pdf).toBe('converting');
    await session.backend.services.exports.settled();
    const [row] = await session.call('export:history', { caseId: session.caseId });
    expect(row!.pdfPath).toBe(outcome.filePath!.replace(/\.docx$/, '.pdf'));
    expect(fs.readFileSync(row!.pdfPath!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('does not fail the export when LibreOffice fails; no PDF is recorded', async () => {
    const bin = failingSoffice();
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    session = await openSigningSession({ pdfCopies: true });
    const outcome = await session.call('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    expect(outcome.pdf).toBe('converting');
    await session.backend.services.exports.settled();
    const [row] = await session.call('export:history', { caseId: session.caseId });
    expect(row).toMatchObject({ signed: true, pdfPath: null });
    expect(fs.existsSync(outcome.filePath!)).toBe(true);
    expect(fs.existsSync(outcome.filePath!.replace(/\.docx$/, '.pdf'))).toBe(false);
    fs.rmSync(bin, { recursive: true, force: true });
  });

  it('is reported as unavailable when LibreOffice is not installed', async () => {
    process.env.PATH = '/nonexistent-bin';
    session = await openSigningSession({ pdfCopies: true });
    const outcome = await session.call('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    expect(outcome.pdf).toBe('unavailable');
  });
});
