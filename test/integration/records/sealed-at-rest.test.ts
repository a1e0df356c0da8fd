// Record PDFs are sealed at rest (fs/sealed-file.ts): what is on disk is neither a PDF nor any of its text, while
// search, the viewer and re-reading work as before; a file an earlier version stored plain is sealed at the next start
// and reads back the same; a stored file changed on disk is refused with what to do instead of shown.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSealed, readRecordFile } from '../../../electron/backend/fs/sealed-file';
import { createRecordsModule } from '../../../electron/backend/records/records-module';
import { absoluteStoredPath, overlayPathOf } from '../../../electron/backend/records/record-file-store';
import { sealOlderFiles } from '../../../electron/backend/records/seal-older-files';
import { createViewerBytes } from '../../../electron/backend/records/viewer-bytes';
import type { FixtureSet } from '../../fixtures/generate-pdfs';
import { assertConsistent, closeAll, createCase, importFiles, openAll, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;
beforeAll(async () => ({ fx, h } = await openAll()));
afterAll(() => closeAll(h, fx));

const storedOf = (caseId: string) => {
  const [file] = h.records.repo.listFiles(caseId);
  return { id: file!.id, path: absoluteStoredPath(h.dataDir, h.records.repo.storedFile(file!.id)!.storedPath) };
};
const served = async (fileId: string) => {
  const viewer = createViewerBytes(h.records);
  const first = await viewer.read(fileId, 0, 64);
  return Buffer.from((await viewer.read(fileId, 0, first.total)).base64, 'base64');
};

describe('record PDFs sealed at rest', () => {
  it('keeps neither the PDF nor its text readable on disk, and searches and shows it as imported', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textA], undefined, caseId);
    const stored = storedOf(caseId);
    const onDisk = fs.readFileSync(stored.path);
    const firstPage = h.records.repo.listPages(stored.id)[0]!.text;
    const phrase = firstPage.split(/\s+/).slice(0, 3).join(' ');
    expect(phrase.length).toBeGreaterThan(8);
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
    expect(onDisk.includes(Buffer.from(phrase, 'latin1'))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(stored.path).mode & 0o777).toBe(0o600);

    expect((await served(stored.id)).equals(fs.readFileSync(fx.textA))).toBe(true);
    expect(h.records.search.search(caseId, phrase.split(' ')[0]!, {}).hits.length).toBeGreaterThan(0);
  });

  it('seals a file an earlier version stored plain, which then reads back the same', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textB], undefined, caseId);
    const stored = storedOf(caseId);
    const plain = fs.readFileSync(fx.textB);
    fs.writeFileSync(stored.path, plain); // as an earlier version left it
    expect((await served(stored.id)).equals(plain)).toBe(true);

    expect(await sealOlderFiles(h.db, h.dataDir, h.records.fileKey!)).toBe(1);
    expect(isSealed(stored.path)).toBe(true);
    expect(readRecordFile(stored.path, h.records.fileKey).equals(plain)).toBe(true);
    expect((await served(stored.id)).equals(plain)).toBe(true);
    assertConsistent(h, caseId);
    expect(await sealOlderFiles(h.db, h.dataDir, h.records.fileKey!)).toBe(0);
  });

  it('seals a page-tree overlay an earlier version kept plain beside its file', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textA], undefined, caseId);
    const stored = storedOf(caseId);
    const overlayPath = overlayPathOf(stored.path);
    // What such an overlay held: copied page dictionaries, here with a form value typed into the record.
    const plain = Buffer.from('%%MedLegal page tree 2\n7 0 obj\n<< /T (Claimant) /V (Jordan Fictional) >>\nendobj\n%%EOF\n');
    fs.writeFileSync(overlayPath, plain);

    expect(await sealOlderFiles(h.db, h.dataDir, h.records.fileKey!)).toBe(0);
    expect(isSealed(overlayPath)).toBe(true);
    expect(fs.readFileSync(overlayPath).includes(Buffer.from('Jordan Fictional'))).toBe(false);
    expect(readRecordFile(overlayPath, h.records.fileKey).equals(plain)).toBe(true);
    // "Served as stored" (empty) holds nothing and stays as it is.
    fs.writeFileSync(overlayPath, '');
    await sealOlderFiles(h.db, h.dataDir, h.records.fileKey!);
    expect(fs.statSync(overlayPath).size).toBe(0);
  });

  it('seals plain files in the background when the records room starts', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.withDuplicates], undefined, caseId);
    const stored = storedOf(caseId);
    fs.writeFileSync(stored.path, fs.readFileSync(fx.withDuplicates));
    const again = createRecordsModule({ db: h.db, dataDir: h.dataDir, resumeOcr: false, reindexOnStart: false });
    try {
      await expect.poll(() => isSealed(stored.path), { timeout: 20_000 }).toBe(true);
    } finally {
      await again.close();
    }
    expect(readRecordFile(stored.path, h.records.fileKey).equals(fs.readFileSync(fx.withDuplicates))).toBe(true);
  });

  it('refuses a stored file changed on disk, saying what to do', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textACopy], undefined, caseId);
    const stored = storedOf(caseId);
    const bytes = fs.readFileSync(stored.path);
    bytes[bytes.length - 30]! ^= 0xff;
    fs.writeFileSync(stored.path, bytes);
    await expect(served(stored.id)).rejects.toThrow(/was changed or damaged since it was imported\. Import it again/);
  });
});
