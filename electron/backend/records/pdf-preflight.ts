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

/**
 * For a file PDFium could not open: when it holds no page objects and no cross-reference table at all, it is not a
 * damaged copy of records but an empty shell (a PDF header and little else, as a failed save or export leaves), and the
 * message says so. Null when the file has real PDF structure (then it is damaged) or cannot be read.
 */
export async function describeEmptyPdfShell(filePath: string): Promise<string | null> {
  const name = path.basename(filePath);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.size > SHELL_MAX_BYTES) return null;
    bytes = await fs.readFile(filePath);
  } catch {
    return null;
  }
  const text = bytes.toString('latin1');
  const hasXref = /\bxref\b|\/XRef\b/.test(text);
  const hasPage = /\/Type\s*\/Page(?!s)\b/.test(text);
  if (hasXref || hasPage) return null;
  // A shell is a few lines of PDF syntax; binary noise after the header is a damaged file, not an empty one.
  let binary = 0;
  for (const byte of bytes) if (byte > 0x7e || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) binary++;
  if (binary > Math.max(16, bytes.length * 0.05)) return null;
  const objects = (text.match(/\b\d+\s+\d+\s+obj\b/g) ?? []).length;
  return (
    `${name} has no pages: it is an empty PDF shell (a PDF header${objects ? ` and ${objects} other ${objects === 1 ? 'object' : 'objects'}` : ''}, ` +
    'no page and no cross-reference table), as a failed save or export leaves, not a damaged copy of records. ' +
    'Ask the sender for the document again.'
  );
}

/** Larger files with no pages are not shells worth describing; they are reported as damaged. */
const SHELL_MAX_BYTES = 1024 ** 2;
