// Choosing a signature image or a letterhead: a good file is stored and summarised; a bad one is refused with a
// message naming the file and the problem, and whatever was stored before stays as it was.
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logoPng, SAMPLE_LETTERHEAD_PATH, SAMPLE_PRACTICE } from '../../../scripts/make-sample-letterhead';
import { openSigningSession, type SigningSession } from './signing-session';

let session: SigningSession;
let files: string;
const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(files, name);
  fs.writeFileSync(file, bytes);
  return file;
};

beforeAll(async () => {
  session = await openSigningSession({ seed: false });
  files = path.join(session.dir, 'chosen');
  fs.mkdirSync(files);
});
afterAll(async () => {
  await session?.close();
});

describe('the signature image', () => {
  it('is stored from the chosen PNG and summarised with a preview', async () => {
    session.nextOpenFile = write('signature.png', logoPng());
    const summary = await session.call('settings:chooseSignatureImage', {});
    expect(summary).toMatchObject({ fileName: 'signature.png', width: 48, height: 48, bytes: logoPng().length });
    expect(summary!.previewDataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect((await session.call('settings:getProfile', {})).signatureImage?.fileName).toBe('signature.png');
  });

  it('stays as it was when the dialog is cancelled', async () => {
    session.nextOpenFile = null;
    expect(await session.call('settings:chooseSignatureImage', {})).toBeNull();
    expect((await session.call('settings:getProfile', {})).signatureImage?.fileName).toBe('signature.png');
  });

  const png = logoPng();
  it.each([
    ['a JPEG photo', 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Array(60).fill(0)]), /"photo\.jpg" is not a PNG image/],
    ['a cut-off PNG', 'cut.png', png.subarray(0, 100), /"cut\.png" is an incomplete PNG image/],
    ['an empty file', 'empty.png', Buffer.alloc(0), /"empty\.png" is empty/],
    [
      'a 3 MB file',
      'huge.png',
      Buffer.concat([png, Buffer.alloc(3 * 1024 * 1024)]),
      /"huge\.png" is 3\.0 MB; it can be at most 2\.0 MB/,
    ],
  ])('refuses %s, naming the file, and keeps the stored one', async (_, name, bytes, message) => {
    session.nextOpenFile = write(name, bytes);
    const error = await session.fail('settings:chooseSignatureImage', {});
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/choose it again/);
    expect((await session.call('settings:getProfile', {})).signatureImage?.fileName).toBe('signature.png');
  });

  it('refuses a file that is gone by the time it is read', async () => {
    session.nextOpenFile = path.join(files, 'deleted.png');
    expect((await session.fail('settings:chooseSignatureImage', {})).message).toMatch(/"deleted\.png" could not be read/);
  });

  it('is removed by clearing it', async () => {
    expect(await session.call('settings:clearSignatureImage', {})).toEqual({ cleared: true });
    expect((await session.call('settings:getProfile', {})).signatureImage).toBeNull();
    expect(await session.call('settings:clearSignatureImage', {})).toEqual({ cleared: false });
  });
});

describe('the letterhead', () => {
  it('is stored from the sample letterhead and summarised: its headers, footer and body font', async () => {
    session.nextOpenFile = SAMPLE_LETTERHEAD_PATH;
    const summary = await session.call('settings:chooseLetterhead', {});
    expect(summary).toMatchObject({
      fileName: 'sample-letterhead.docx',
      hasFirstPageHeader: true,
      bodyFont: 'Arial',
      bodySizePt: 11,
    });
    expect(summary!.firstPageHeaderText).toContain(SAMPLE_PRACTICE.name);
    expect(summary!.firstPageHeaderText).toContain('Torrance, CA 90505');
    expect(summary!.headerText).toBe(SAMPLE_PRACTICE.name);
    expect(summary!.footerText).toContain('Tel (310) 555-0100');
  });

  it.each([
    ['a PDF', 'letterhead.pdf', () => strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), /"letterhead\.pdf" is not a Word \.docx file/],
    [
      'a zip that is not a Word document',
      'archive.docx',
      () => zipSync({ 'readme.txt': strToU8('hello') }),
      /"archive\.docx" is not a Word document: it has no word\/document\.xml/,
    ],
    [
      'a damaged zip',
      'damaged.docx',
      () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
      /"damaged\.docx" could not be opened/,
    ],
    ['an 11 MB file', 'big.docx', () => Buffer.alloc(11 * 1024 * 1024, 1), /"big\.docx" is 11\.0 MB; it can be at most 10\.0 MB/],
  ])('refuses %s, naming the file, and keeps the stored one', async (_, name, bytes, message) => {
    session.nextOpenFile = write(name, bytes());
    const error = await session.fail('settings:chooseLetterhead', {});
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(message);
    expect((await session.call('settings:getProfile', {})).letterhead?.fileName).toBe('sample-letterhead.docx');
  });

  it('refuses a Word document without a header or footer, saying where to put the letterhead', async () => {
    const plain = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Just a letter.')] }] }));
    session.nextOpenFile = write('plain.docx', plain);
    const error = await session.fail('settings:chooseLetterhead', {});
    expect(error.message).toMatch(/"plain\.docx" has no header or footer.*Insert → Header/);
    expect((await session.call('settings:getProfile', {})).letterhead?.fileName).toBe('sample-letterhead.docx');
  });

  it('is removed by clearing it', async () => {
    expect(await session.call('settings:clearLetterhead', {})).toEqual({ cleared: true });
    expect((await session.call('settings:getProfile', {})).letterhead).toBeNull();
  });
});
