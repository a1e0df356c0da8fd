// Cheap checks on a chosen file before any PDF parsing: exists, not empty, under the size limit, really a PDF,
// and not cut off. Each refusal is a sentence the physician can act on, naming the file.
import fs from 'node:fs/promises';
import path from 'node:path';

export const DEFAULT_MAX_FILE_BYTES = 1024 ** 3;
/** Readers look for the end-of-file marker near the end; some producers pad a little after it. */
const TAIL_BYTES = 32 * 1024;
const HEAD_BYTES = 1024;

export type PreflightResult = { ok: true; byteSize: number } | { ok: false; message: string };

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export async function preflightPdf(filePath: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<PreflightResult> {
  const name = path.basename(filePath);
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    return { ok: false, message: describeOpenError(name, error) };
  }
  if (stat.isDirectory()) return { ok: false, message: `${name} is a folder, not a PDF file. Choose the PDF files inside it.` };
  if (stat.size === 0) return { ok: false, message: `${name} is empty (0 bytes). Ask the sender for the file again.` };
  if (stat.size > maxBytes) {
    return {
      ok: false,
      message:
        `${name} is ${formatBytes(stat.size)}, larger than the ${formatBytes(maxBytes)} limit for one file. ` +
        'Split it into smaller PDFs and import the parts.',
    };
  }
  let handle;
  try {
    handle = await fs.open(filePath, 'r');
    const head = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    await handle.read(head, 0, head.length, 0);
    if (!head.includes('%PDF-')) return { ok: false, message: describeNotPdf(name, head) };
    const tailLength = Math.min(TAIL_BYTES, stat.size);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, stat.size - tailLength);
    if (!tail.includes('%%EOF')) {
      return {
        ok: false,
        message:
          `${name} is incomplete: the end of the file is missing, as happens when a download or copy is interrupted. ` +
          'Ask the sender for the file again.',
      };
    }
  } catch (error) {
    return { ok: false, message: describeOpenError(name, error) };
  } finally {
    await handle?.close();
  }
  return { ok: true, byteSize: stat.size };
}

function describeOpenError(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${name} could not be found. It may have been moved or deleted after it was chosen.`;
  if (code === 'EACCES' || code === 'EPERM') return `${name} could not be opened: you do not have permission to read it.`;
  if (code === 'EBUSY')
    return `${name} could not be opened because another program is using it. Close that program and try again.`;
  return `${name} could not be read from the disk. Try copying it to your computer first.`;
}

function describeNotPdf(name: string, head: Buffer): string {
  const starts = (bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const text = head.subarray(0, 64).toString('latin1').trimStart().toLowerCase();
  const kind = starts([0x50, 0x4b, 0x03, 0x04])
    ? 'a Word, Excel or other zipped document'
    : starts([0xd0, 0xcf, 0x11, 0xe0])
      ? 'an older Word or Excel document'
      : starts([0x89, 0x50, 0x4e, 0x47])
        ? 'a PNG image'
        : starts([0xff, 0xd8, 0xff])
          ? 'a JPEG image'
          : starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])
            ? 'a TIFF image'
            : text.startsWith('{\\rtf')
              ? 'a rich-text (RTF) document'
              : text.startsWith('<!doctype html') || text.startsWith('<html')
                ? 'a web page'
                : null;
  return kind
    ? `${name} is not a PDF: it is ${kind} with a .pdf name. Open it in the program that made it, save or print it as a PDF, and import that.`
    : `${name} is not a PDF file, although its name ends in .pdf. Ask the sender for the document as a PDF.`;
}
