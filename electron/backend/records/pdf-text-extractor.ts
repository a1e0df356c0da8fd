// Reads one PDF with PDFium: page count, each page's cleaned text with its form-field values, whether the page needs OCR,
// its label and Bates stamp, a content hash that finds duplicate candidates, the render hash that confirms them, and a
// grayscale render for OCR. A page that cannot be read is reported as such, never fatal. One instance per open file.
import { createHash, type Hash } from 'node:crypto';
import {
  FPDF_ANNOT,
  FPDF_ANNOT_SUBTYPE,
  FPDF_ERR,
  FPDF_FORMFIELD,
  FPDF_PAGEOBJ,
  FPDF_RENDER_NO_SMOOTHIMAGE,
  FPDFBitmap_Gray,
  type Pdfium,
} from './pdfium-module';
import { openRecordFile, SealedFileError, type RecordFileReader } from '../fs/sealed-file';
import { findBatesStamp } from './bates-stamp';
import { contentBounds } from './content-bounds';
import { contentIsGarbage, PdfStructure } from './content-stream-check';
import { cleanPageText, cleanPageTextWithExtra, countSignificantCharacters } from './text-sanitize';
// Type only: the worker must not load the records types (zod, the document model) at run time.
import type { PageProblem } from '../../common/records/records-types';

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
      return `${fileName} is damaged: page ${pageNumber ?? '?'} cannot be read. Ask the sender for the file again.`;
    case 'no-pages':
      return `${fileName} is a PDF with no pages. There is nothing in it to review.`;
    case 'unreadable':
      return `${fileName} could not be read. Try copying it to your computer and importing it again.`;
  }
}

export interface ExtractedPage {
  /** The text layer, then the page's filled form fields ("Label: value"). */
  text: string;
  /** Other spellings of words joined across line ends: indexed, not shown. */
  searchExtra: string;
  /** False when the page has no text layer or is covered by a scanned image, so OCR should read it. */
  hasTextLayer: boolean;
  /** Hash of text layer + image streams; null for a blank page, which never counts as a duplicate. */
  contentHash: string | null;
  /** Set when the page is in the file but could not be read. */
  problem: PageProblem | null;
  /** The printed page label the PDF defines ("iv", "A-3"), null when it defines none. */
  pageLabel: string | null;
  /** A Bates-like stamp found at the top or bottom of the page text. */
  bates: string | null;
}

/** One page as PDFium read it, before the text work (PdfDocumentReader.finishPage). */
interface PageReading {
  /** The raw text layer. */
  layer: string;
  /** The filled form fields as lines ("Label: value"). */
  fields: string;
  pageLabel: string | null;
  objectCount: number;
  /** Page objects by FPDF_PAGEOBJ type. */
  typeCounts: number[];
  largestImage: number;
  /** Fed the page's image streams in page order; null when it has none. */
  imageHash: Hash | null;
  /** Width x height in points, rounded. */
  size: string;
}

/** A page with an image this large is a scan unless its text layer is substantial (a Bates stamp is not). */
const SCAN_IMAGE_PIXELS = 500_000;
const SCAN_TEXT_CHARACTERS = 200;

/** How much of a file is opened into PDFium's heap at a time (a sealed file is opened in 64 KiB chunks within it). */
const READ_BYTES = 4 * 1024 * 1024;

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
    private formInfoPtr: number,
    private form: number,
  ) {}

  /**
   * Reads the whole file into the WebAssembly heap (PDFium parses from memory) and opens it. A stored record file is
   * sealed (fs/sealed-file.ts): its plain bytes are opened chunk by chunk straight into the heap with `fileKey`.
   */
  static open(pdfium: Pdfium, filePath: string, fileKey: Buffer | null = null): PdfDocumentReader {
    let file: RecordFileReader;
    try {
      file = openRecordFile(filePath, fileKey);
    } catch (error) {
      throw new PdfReadError(error instanceof SealedFileError ? 'damaged' : 'unreadable');
    }
    let dataPtr = 0;
    try {
      const size = file.plainSize;
      if (size === 0) throw new PdfReadError('damaged');
      dataPtr = pdfium.wasmExports.malloc(size);
      if (!dataPtr) throw new PdfReadError('unreadable');
      for (let offset = 0; offset < size;) {
        const piece = file.read(offset, READ_BYTES);
        if (piece.length === 0) throw new PdfReadError('unreadable');
        // Re-read HEAPU8 each time: the heap's buffer is replaced when it grows.
        pdfium.HEAPU8.set(piece, dataPtr + offset);
        offset += piece.length;
      }
      const doc = pdfium._FPDF_LoadMemDocument(dataPtr, size, 0);
      if (!doc) throw new PdfReadError(reasonForError(pdfium._FPDF_GetLastError()));
      const pageCount = pdfium._FPDF_GetPageCount(doc);
      // The form environment (no callbacks: nothing is filled or run) is what lets PDFium give a field's value.
      const formInfoPtr = pdfium.wasmExports.malloc(FORM_INFO_BYTES);
      let form = 0;
      if (formInfoPtr) {
        pdfium.HEAPU8.fill(0, formInfoPtr, formInfoPtr + FORM_INFO_BYTES);
        new DataView(pdfium.HEAPU8.buffer).setUint32(formInfoPtr, 2, true);
        form = pdfium._FPDFDOC_InitFormFillEnvironment(doc, formInfoPtr);
      }
      return new PdfDocumentReader(pdfium, dataPtr, doc, Math.max(0, pageCount), size, formInfoPtr, form);
    } catch (error) {
      if (dataPtr) pdfium.wasmExports.free(dataPtr);
      if (error instanceof PdfReadError) throw error;
      throw new PdfReadError(error instanceof SealedFileError ? 'damaged' : 'unreadable');
    } finally {
      file.close();
    }
  }

  /**
   * Pages [from, to) by zero-based index. PDFium reads every page of the range first and the text work (cleaning,
   * hashing, the Bates search) follows: interleaving the two page by page made a 2,500-page file 4-5 % slower on one
   * thread (best of 8, same output), more than the text work itself costs, as if each evicted the other from the caches.
   */
  extractPages(from: number, to: number): ExtractedPage[] {
    const read: (PageReading | ExtractedPage)[] = [];
    for (let i = from; i < to; i++) read.push(this.readPage(i));
    return read.map((page, k) => ('layer' in page ? this.finishPage(page, from + k) : page));
  }

  /** Everything PDFium has to say about one page while it is loaded; an unreadable page is final here. */
  private readPage(index: number): PageReading | ExtractedPage {
    const m = this.pdfium;
    const pageLabel = this.pageLabel(index);
    const page = m._FPDF_LoadPage(this.doc, index);
    if (!page) return unreadablePage('unreadable', pageLabel);
    try {
      const layer = this.pageText(page);
      if (layer === null) return unreadablePage('unreadable', pageLabel);
      const objectCount = m._FPDFPage_CountObjects(page);
      const typeCounts = [0, 0, 0, 0, 0, 0];
      let imageHash: Hash | null = null;
      let largestImage = 0;
      for (let k = 0; k < objectCount; k++) {
        const object = m._FPDFPage_GetObject(page, k);
        const type = m._FPDFPageObj_GetType(object);
        typeCounts[type] = (typeCounts[type] ?? 0) + 1;
        if (type !== FPDF_PAGEOBJ.IMAGE) continue;
        largestImage = Math.max(largestImage, this.imagePixels(object));
        this.hashImageStream(object, (imageHash ??= createHash('sha256')));
      }
      return {
        layer,
        fields: this.formText(page),
        pageLabel,
        objectCount,
        typeCounts,
        largestImage,
        imageHash,
        size: `${Math.round(m._FPDF_GetPageWidth(page))}x${Math.round(m._FPDF_GetPageHeight(page))}`,
      };
    } finally {
      m._FPDF_ClosePage(page);
    }
  }

  /** The page as stored, from what PDFium read: text cleaned, whether it needs OCR, its hash and Bates stamp. */
  private finishPage(read: PageReading, index: number): ExtractedPage {
    const { fields, largestImage, objectCount } = read;
    const images = read.typeCounts[FPDF_PAGEOBJ.IMAGE]!;
    const cleaned = cleanPageTextWithExtra(read.layer);
    const text = fields ? (cleaned.text ? `${cleaned.text}\n\n${fields}` : fields) : cleaned.text;
    const layerLetters = countSignificantCharacters(cleaned.text, SCAN_TEXT_CHARACTERS);
    const significant = fields ? countSignificantCharacters(text, 1) : layerLetters;
    // OCR reads only what the text layer cannot give: a page without one, or one covered by a scanned image with
    // a stamp's worth of text. A born-digital page with a few letters keeps them exactly (OCR would misread them).
    const hasTextLayer =
      (layerLetters > 0 || objectCount === 0) && !(largestImage >= SCAN_IMAGE_PIXELS && layerLetters < SCAN_TEXT_CHARACTERS);
    let contentHash: string | null = null;
    if (significant > 0 || images > 0) {
      // The image streams (fed while the page was loaded) come first, then the size, the object counts and the text.
      const hash = read.imageHash ?? createHash('sha256');
      hash.update(`|${read.size}|${read.typeCounts.join(',')}|`);
      hash.update(text);
      contentHash = hash.digest('hex').slice(0, 32);
    }
    const problem = objectCount === 0 && !text && this.contentIsGarbage(index) ? 'garbage-content' : null;
    return {
      text,
      searchExtra: cleaned.searchExtra,
      hasTextLayer: problem ? true : hasTextLayer,
      contentHash: problem ? null : contentHash,
      problem,
      pageLabel: read.pageLabel,
      bates: findBatesStamp(cleaned.text),
    };
  }

  private structure: { heap: ArrayBufferLike; value: PdfStructure | null } | null = null;

  /** Only for pages where PDFium found nothing to draw: is that a blank page, or a content stream of garbage? */
  private contentIsGarbage(index: number): boolean {
    const heap = this.pdfium.HEAPU8;
    // The file's bytes live in the WebAssembly heap; a grown heap is a new buffer, so the view is taken afresh.
    if (!this.structure || this.structure.heap !== heap.buffer) {
      let value: PdfStructure | null = null;
      try {
        value = new PdfStructure(heap.subarray(this.dataPtr, this.dataPtr + this.byteSize));
      } catch {
        value = null;
      }
      this.structure = { heap: heap.buffer, value };
    }
    return this.structure.value ? contentIsGarbage(this.structure.value, index) : false;
  }

  private pageLabel(index: number): string | null {
    const m = this.pdfium;
    const length = m._FPDF_GetPageLabel(this.doc, index, 0, 0);
    if (length <= 2) return null;
    const ptr = this.scratch(length);
    m._FPDF_GetPageLabel(this.doc, index, ptr, length);
    const label = this.decoder.decode(m.HEAPU8.subarray(ptr, ptr + length - 2)).trim();
    return label || null;
  }

  /**
   * The page's form fields as lines of text: "Label: value" for filled text and choice fields, the label alone for a
   * ticked box. Each field once, even with several widgets. Empty fields and unticked boxes say nothing.
   */
  private formText(page: number): string {
    const m = this.pdfium;
    if (!this.form) return '';
    const count = m._FPDFPage_GetAnnotCount(page);
    const lines: string[] = [];
    const seen = new Set<string>();
    for (let k = 0; k < count; k++) {
      const annot = m._FPDFPage_GetAnnot(page, k);
      if (!annot) continue;
      try {
        if (m._FPDFAnnot_GetSubtype(annot) !== FPDF_ANNOT_SUBTYPE.WIDGET) continue;
        const type = m._FPDFAnnot_GetFormFieldType(this.form, annot);
        if (type <= 0 || type === FPDF_FORMFIELD.PUSHBUTTON || type === FPDF_FORMFIELD.SIGNATURE) continue;
        const name = this.annotString((p, n) => m._FPDFAnnot_GetFormFieldName(this.form, annot, p, n));
        const value = cleanPageText(this.annotString((p, n) => m._FPDFAnnot_GetFormFieldValue(this.form, annot, p, n)));
        const box = type === FPDF_FORMFIELD.CHECKBOX || type === FPDF_FORMFIELD.RADIOBUTTON;
        if (!value || (box && value === 'Off')) continue;
        const key = `${name}\u0000${value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const label =
          cleanPageText(this.annotString((p, n) => m._FPDFAnnot_GetFormFieldAlternateName(this.form, annot, p, n))) ||
          fieldLabel(name);
        lines.push(box ? `${label}: ${value === 'Yes' || value === 'On' ? '[x]' : `[x] ${value}`}` : `${label}: ${value}`);
      } finally {
        m._FPDFPage_CloseAnnot(annot);
      }
    }
    return lines.join('\n');
  }

  private annotString(read: (ptr: number, length: number) => number): string {
    const m = this.pdfium;
    const length = read(0, 0);
    if (length <= 2) return '';
    const ptr = this.scratch(length);
    read(ptr, length);
    return this.decoder.decode(m.HEAPU8.subarray(ptr, ptr + length - 2));
  }

  /**
   * The hash that confirms an exact duplicate: the page rendered in grayscale at a fixed low resolution (text position,
   * drawings, ticks and field appearances all show), plus its form values and annotations (subtype, place, contents),
   * which a low-resolution render could blur. Null when the page cannot be loaded.
   */
  renderHash(index: number, dpi = RENDER_HASH_DPI): string | null {
    const m = this.pdfium;
    const page = m._FPDF_LoadPage(this.doc, index);
    if (!page) return null;
    let bitmap = 0;
    try {
      const scale = dpi / 72;
      const width = Math.max(1, Math.round(m._FPDF_GetPageWidth(page) * scale));
      const height = Math.max(1, Math.round(m._FPDF_GetPageHeight(page) * scale));
      bitmap = m._FPDFBitmap_CreateEx(width, height, FPDFBitmap_Gray, 0, 0);
      if (!bitmap) return null;
      m._FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
      m._FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, FPDF_ANNOT | FPDF_RENDER_NO_SMOOTHIMAGE);
      const stride = m._FPDFBitmap_GetStride(bitmap);
      const buffer = m._FPDFBitmap_GetBuffer(bitmap);
      const hash = createHash('sha256');
      hash.update(`${width}x${height}|`);
      hash.update(m.HEAPU8.subarray(buffer, buffer + stride * height));
      hash.update(this.formText(page));
      hash.update(this.annotationSummary(page));
      return hash.digest('hex').slice(0, 32);
    } finally {
      if (bitmap) m._FPDFBitmap_Destroy(bitmap);
      m._FPDF_ClosePage(page);
    }
  }

  private annotationSummary(page: number): string {
    const m = this.pdfium;
    const count = m._FPDFPage_GetAnnotCount(page);
    const parts: string[] = [];
    const key = this.cString('Contents');
    for (let k = 0; k < count; k++) {
      const annot = m._FPDFPage_GetAnnot(page, k);
      if (!annot) continue;
      try {
        const rectPtr = this.scratch(16) + 0;
        const rect = m._FPDFAnnot_GetRect(annot, rectPtr) ? Array.from(new Float32Array(m.HEAPU8.buffer, rectPtr, 4)) : [];
        const contents = this.annotString((p, n) => m._FPDFAnnot_GetStringValue(annot, key, p, n));
        parts.push(`${m._FPDFAnnot_GetSubtype(annot)}@${rect.map((v) => Math.round(v)).join(',')}:${contents}`);
      } finally {
        m._FPDFPage_CloseAnnot(annot);
      }
    }
    return parts.join('|');
  }

  private cStrings = new Map<string, number>();
  private cString(value: string): number {
    let ptr = this.cStrings.get(value);
    if (!ptr) {
      const bytes = new TextEncoder().encode(`${value}\0`);
      ptr = this.pdfium.wasmExports.malloc(bytes.length);
      this.pdfium.HEAPU8.set(bytes, ptr);
      this.cStrings.set(value, ptr);
    }
    return ptr;
  }

  /** The raw text layer; null when PDFium cannot read the page's text at all. */
  private pageText(page: number): string | null {
    const m = this.pdfium;
    const textPage = m._FPDFText_LoadPage(page);
    if (!textPage) return null;
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

  private hashImageStream(object: number, hash: Hash): void {
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
    if (this.form) m._FPDFDOC_ExitFormFillEnvironment(this.form);
    if (this.formInfoPtr) m.wasmExports.free(this.formInfoPtr);
    for (const ptr of this.cStrings.values()) m.wasmExports.free(ptr);
    this.cStrings.clear();
    this.form = 0;
    this.formInfoPtr = 0;
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

/** Bytes for PDFium's FPDF_FORMFILLINFO (about 140 in version 2), all zero: no callbacks. */
const FORM_INFO_BYTES = 256;
/** Low enough to cost little per page, high enough that a moved word, a tick or a thin line changes pixels. */
const RENDER_HASH_DPI = 36;

/** A page that is in the file but could not be read: counted as received, no text, never OCR'd or a duplicate. */
export function unreadablePage(problem: PageProblem, pageLabel: string | null): ExtractedPage {
  return { text: '', searchExtra: '', hasTextLayer: true, contentHash: null, problem, pageLabel, bates: null };
}

/** "patient.name" → "patient name": a field's full name as words when it has no tooltip (form-tool parts dropped). */
function fieldLabel(name: string): string {
  const words = name
    .split('.')
    .map((part) => part.replace(/\[\d+\]$/, ''))
    .filter((part) => part && !/^(?:topmostSubform|form\d*|page\d+)$/i.test(part))
    .join(' ')
    .replace(/_+/g, ' ')
    .trim();
  return words || name;
}

function reasonForError(code: number): PdfReadReason {
  if (code === FPDF_ERR.PASSWORD) return 'encrypted';
  if (code === FPDF_ERR.SECURITY) return 'unsupported-security';
  if (code === FPDF_ERR.FORMAT || code === FPDF_ERR.PAGE) return 'damaged';
  return 'unreadable';
}
