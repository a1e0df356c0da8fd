// Reads one PDF with PDFium: page count, each page's cleaned text, whether the page needs OCR, a content hash for
// duplicate detection, and a grayscale render for OCR. Runs inside an extract worker; one instance per open file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { FPDF_ANNOT, FPDF_ERR, FPDF_PAGEOBJ, FPDF_RENDER_NO_SMOOTHIMAGE, FPDFBitmap_Gray, type Pdfium } from './pdfium-module';
import { contentBounds } from './content-bounds';
import { cleanPageText, countSignificantCharacters } from './text-sanitize';

export type PdfReadReason = 'encrypted' | 'unsupported-security' | 'damaged' | 'unreadable' | 'no-pages' | 'page-damaged';

export class PdfReadError extends Error {
  constructor(
    readonly reason: PdfReadReason,
    readonly pageNumber: number | null = null,
  ) {
    super(reason);
    this.name = 'PdfReadError';
  }
}

/** The sentence the physician reads when a PDF cannot be imported. */
export function describePdfReadError(fileName: string, reason: PdfReadReason, pageNumber: number | null = null): string {
  switch (reason) {
    case 'encrypted':
      return `${fileName} is protected by a password, so its pages cannot be read. Ask the sender for a copy without a password.`;
    case 'unsupported-security':
      return `${fileName} is locked with a kind of encryption MedLegal Writer cannot open. Ask the sender for a copy without a password.`;
    case 'damaged':
      return `${fileName} is damaged and its pages cannot be read. Ask the sender for the file again.`;
    case 'page-damaged':
      return `${fileName} is damaged: page ${pageNumber ?? '?'} cannot be read, so the file was not imported. Ask the sender for the file again.`;
    case 'no-pages':
      return `${fileName} is a PDF with no pages. There is nothing in it to review.`;
    case 'unreadable':
      return `${fileName} could not be read. Try copying it to your computer and importing it again.`;
  }
}

export interface ExtractedPage {
  text: string;
  /** False when the page is (mostly) an image and needs OCR. */
  hasTextLayer: boolean;
  /** Hash of text layer + image streams; null for a blank page, which never counts as a duplicate. */
  contentHash: string | null;
}

/** A text layer with fewer letters than this is no text layer (stray marks, a page number). */
const MIN_TEXT_CHARACTERS = 20;
/** A page with an image this large is a scan unless its text layer is substantial (a Bates stamp is not). */
const SCAN_IMAGE_PIXELS = 500_000;
const SCAN_TEXT_CHARACTERS = 200;

export class PdfDocumentReader {
  private scratchPtr = 0;
  private scratchSize = 0;
  private readonly decoder = new TextDecoder('utf-16le');

  private constructor(
    private readonly pdfium: Pdfium,
    private dataPtr: number,
    private doc: number,
    readonly pageCount: number,
    readonly byteSize: number,
  ) {}

  /** Reads the whole file straight into the WebAssembly heap (PDFium parses from memory) and opens it. */
  static open(pdfium: Pdfium, filePath: string): PdfDocumentReader {
    let fd: number;
    try {
      fd = fs.openSync(filePath, 'r');
    } catch {
      throw new PdfReadError('unreadable');
    }
    let dataPtr = 0;
    try {
      const size = fs.fstatSync(fd).size;
      if (size === 0) throw new PdfReadError('damaged');
      dataPtr = pdfium.wasmExports.malloc(size);
      if (!dataPtr) throw new PdfReadError('unreadable');
      let offset = 0;
      while (offset < size) {
        // Re-read HEAPU8 each time: the heap's buffer is replaced when it grows.
        const n = fs.readSync(fd, pdfium.HEAPU8, dataPtr + offset, size - offset, offset);
        if (n === 0) throw new PdfReadError('unreadable');
        offset += n;
      }
      const doc = pdfium._FPDF_LoadMemDocument(dataPtr, size, 0);
      if (!doc) throw new PdfReadError(reasonForError(pdfium._FPDF_GetLastError()));
      const pageCount = pdfium._FPDF_GetPageCount(doc);
      return new PdfDocumentReader(pdfium, dataPtr, doc, Math.max(0, pageCount), size);
    } catch (error) {
      if (dataPtr) pdfium.wasmExports.free(dataPtr);
      throw error instanceof PdfReadError ? error : new PdfReadError('unreadable');
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Pages [from, to) by zero-based index. */
  extractPages(from: number, to: number): ExtractedPage[] {
    const out: ExtractedPage[] = [];
    for (let i = from; i < to; i++) out.push(this.extractPage(i));
    return out;
  }

  private extractPage(index: number): ExtractedPage {
    const m = this.pdfium;
    const page = m._FPDF_LoadPage(this.doc, index);
    if (!page) throw new PdfReadError('page-damaged', index + 1);
    try {
      const text = cleanPageText(this.pageText(page, index));
      const hash = createHash('sha256');
      let largestImage = 0;
      const objectCount = m._FPDFPage_CountObjects(page);
      const typeCounts = [0, 0, 0, 0, 0, 0];
      let images = 0;
      for (let k = 0; k < objectCount; k++) {
        const object = m._FPDFPage_GetObject(page, k);
        const type = m._FPDFPageObj_GetType(object);
        typeCounts[type] = (typeCounts[type] ?? 0) + 1;
        if (type !== FPDF_PAGEOBJ.IMAGE) continue;
        images++;
        largestImage = Math.max(largestImage, this.imagePixels(object));
        this.hashImageStream(object, hash);
      }
      const significant = countSignificantCharacters(text);
      const hasTextLayer =
        significant >= MIN_TEXT_CHARACTERS && !(largestImage >= SCAN_IMAGE_PIXELS && significant < SCAN_TEXT_CHARACTERS);
      let contentHash: string | null = null;
      if (significant > 0 || images > 0) {
        hash.update(
          `|${Math.round(m._FPDF_GetPageWidth(page))}x${Math.round(m._FPDF_GetPageHeight(page))}|${typeCounts.join(',')}|`,
        );
        hash.update(text);
        contentHash = hash.digest('hex').slice(0, 32);
      }
      return { text, hasTextLayer, contentHash };
    } finally {
      m._FPDF_ClosePage(page);
    }
  }

  private pageText(page: number, index: number): string {
    const m = this.pdfium;
    const textPage = m._FPDFText_LoadPage(page);
    if (!textPage) throw new PdfReadError('page-damaged', index + 1);
    try {
      const count = m._FPDFText_CountChars(textPage);
      if (count <= 0) return '';
      const ptr = this.scratch((count + 1) * 2);
      const written = m._FPDFText_GetText(textPage, 0, count, ptr);
      if (written <= 1) return '';
      return this.decoder.decode(m.HEAPU8.subarray(ptr, ptr + (written - 1) * 2));
    } finally {
      m._FPDFText_ClosePage(textPage);
    }
  }

  private imagePixels(object: number): number {
    const m = this.pdfium;
    const ptr = this.scratch(8);
    if (!m._FPDFImageObj_GetImagePixelSize(object, ptr, ptr + 4)) return 0;
    const heap = new Uint32Array(m.HEAPU8.buffer, ptr, 2);
    return heap[0]! * heap[1]!;
  }

  private hashImageStream(object: number, hash: ReturnType<typeof createHash>): void {
    const m = this.pdfium;
    const length = m._FPDFImageObj_GetImageDataRaw(object, 0, 0);
    if (length <= 0) return;
    const ptr = this.scratch(length);
    const n = m._FPDFImageObj_GetImageDataRaw(object, ptr, length);
    hash.update(`|img${n}|`);
    hash.update(m.HEAPU8.subarray(ptr, ptr + Math.min(n, length)));
  }

  /**
   * Renders one page to 8-bit grayscale and returns its inked part (blank borders cropped) as a binary PGM (P5) image,
   * which Tesseract reads directly. The resolution is lowered for oversized pages so the bitmap stays under maxPixels.
   */
  renderPageGray(index: number, dpi: number, maxPixels = 40_000_000): { width: number; height: number; pgm: Uint8Array } {
    const m = this.pdfium;
    const page = m._FPDF_LoadPage(this.doc, index);
    if (!page) throw new PdfReadError('page-damaged', index + 1);
    let bitmap = 0;
    try {
      const wPt = m._FPDF_GetPageWidth(page);
      const hPt = m._FPDF_GetPageHeight(page);
      let scale = dpi / 72;
      if (wPt * hPt * scale * scale > maxPixels) scale = Math.sqrt(maxPixels / (wPt * hPt));
      const width = Math.max(1, Math.round(wPt * scale));
      const height = Math.max(1, Math.round(hPt * scale));
      bitmap = m._FPDFBitmap_CreateEx(width, height, FPDFBitmap_Gray, 0, 0);
      if (!bitmap) throw new PdfReadError('unreadable');
      m._FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
      // Smooth image scaling costs a third of the render time and changes nothing Tesseract reads at 300 dpi.
      m._FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, FPDF_ANNOT | FPDF_RENDER_NO_SMOOTHIMAGE);
      const stride = m._FPDFBitmap_GetStride(bitmap);
      const buffer = m._FPDFBitmap_GetBuffer(bitmap);
      const heap = m.HEAPU8;
      // Blank borders cost Tesseract time and change nothing it reads: keep the inked part with a tenth of an inch
      // around it (a blank page becomes a small white square, read in no time).
      const ink = contentBounds(
        heap.subarray(buffer, buffer + stride * height),
        width,
        height,
        stride,
        Math.round((scale * 72) / 10),
      );
      const box = ink ?? { x: 0, y: 0, width: Math.min(width, 64), height: Math.min(height, 64) };
      const header = new TextEncoder().encode(`P5\n${box.width} ${box.height}\n255\n`);
      const pgm = new Uint8Array(header.length + box.width * box.height);
      pgm.set(header, 0);
      for (let y = 0; y < box.height; y++) {
        const row = buffer + (box.y + y) * stride + box.x;
        pgm.set(heap.subarray(row, row + box.width), header.length + y * box.width);
      }
      return { width: box.width, height: box.height, pgm };
    } finally {
      if (bitmap) m._FPDFBitmap_Destroy(bitmap);
      m._FPDF_ClosePage(page);
    }
  }

  close(): void {
    const m = this.pdfium;
    if (this.doc) m._FPDF_CloseDocument(this.doc);
    if (this.dataPtr) m.wasmExports.free(this.dataPtr);
    if (this.scratchPtr) m.wasmExports.free(this.scratchPtr);
    this.doc = 0;
    this.dataPtr = 0;
    this.scratchPtr = 0;
    this.scratchSize = 0;
  }

  private scratch(size: number): number {
    if (size > this.scratchSize) {
      const m = this.pdfium;
      if (this.scratchPtr) m.wasmExports.free(this.scratchPtr);
      this.scratchSize = Math.max(size, 64 * 1024);
      this.scratchPtr = m.wasmExports.malloc(this.scratchSize);
      if (!this.scratchPtr) throw new PdfReadError('unreadable');
    }
    return this.scratchPtr;
  }
}

function reasonForError(code: number): PdfReadReason {
  if (code === FPDF_ERR.PASSWORD) return 'encrypted';
  if (code === FPDF_ERR.SECURITY) return 'unsupported-security';
  if (code === FPDF_ERR.FORMAT || code === FPDF_ERR.PAGE) return 'damaged';
  return 'unreadable';
}
