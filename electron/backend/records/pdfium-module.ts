// Loads PDFium (WebAssembly, from @hyzyla/pdfium) from the local package, never over the network, and types the
// raw C API we call. We use the raw API rather than the wrapper classes to reuse buffers and read image streams.
import fs from 'node:fs';
import { PDFiumModule } from '@hyzyla/pdfium';
import { localRequire } from './local-require';

export interface Pdfium {
  _FPDF_InitLibraryWithConfig(config: object): void;
  _FPDF_LoadMemDocument(dataPtr: number, size: number, passwordPtr: number): number;
  _FPDF_GetLastError(): number;
  _FPDF_GetPageCount(doc: number): number;
  _FPDF_LoadPage(doc: number, pageIndex: number): number;
  _FPDF_ClosePage(page: number): void;
  _FPDF_CloseDocument(doc: number): void;
  _FPDF_GetPageWidth(page: number): number;
  _FPDF_GetPageHeight(page: number): number;
  _FPDFText_LoadPage(page: number): number;
  _FPDFText_ClosePage(textPage: number): void;
  _FPDFText_CountChars(textPage: number): number;
  _FPDFText_GetText(textPage: number, start: number, count: number, bufferPtr: number): number;
  _FPDFPage_CountObjects(page: number): number;
  _FPDFPage_GetObject(page: number, index: number): number;
  _FPDFPageObj_GetType(object: number): number;
  _FPDFImageObj_GetImageDataRaw(object: number, bufferPtr: number, length: number): number;
  _FPDFImageObj_GetImagePixelSize(object: number, widthPtr: number, heightPtr: number): number;
  _FPDFBitmap_CreateEx(width: number, height: number, format: number, firstScan: number, stride: number): number;
  _FPDFBitmap_FillRect(bitmap: number, left: number, top: number, width: number, height: number, color: number): void;
  _FPDFBitmap_GetBuffer(bitmap: number): number;
  _FPDFBitmap_GetStride(bitmap: number): number;
  _FPDFBitmap_Destroy(bitmap: number): void;
  _FPDF_RenderPageBitmap(
    bitmap: number,
    page: number,
    x: number,
    y: number,
    w: number,
    h: number,
    rotate: number,
    flags: number,
  ): void;
  _FPDF_GetPageLabel(doc: number, pageIndex: number, bufferPtr: number, length: number): number;
  _FPDFDOC_InitFormFillEnvironment(doc: number, formInfoPtr: number): number;
  _FPDFDOC_ExitFormFillEnvironment(form: number): void;
  _FPDFPage_GetAnnotCount(page: number): number;
  _FPDFPage_GetAnnot(page: number, index: number): number;
  _FPDFPage_CloseAnnot(annot: number): void;
  _FPDFAnnot_GetSubtype(annot: number): number;
  _FPDFAnnot_GetRect(annot: number, rectPtr: number): number;
  _FPDFAnnot_GetStringValue(annot: number, keyPtr: number, bufferPtr: number, length: number): number;
  _FPDFAnnot_GetFormFieldType(form: number, annot: number): number;
  _FPDFAnnot_GetFormFieldName(form: number, annot: number, bufferPtr: number, length: number): number;
  _FPDFAnnot_GetFormFieldAlternateName(form: number, annot: number, bufferPtr: number, length: number): number;
  _FPDFAnnot_GetFormFieldValue(form: number, annot: number, bufferPtr: number, length: number): number;
  wasmExports: { malloc(size: number): number; free(ptr: number): void };
  HEAPU8: Uint8Array;
  HEAP32: Int32Array;
}

export const FPDF_ERR = { UNKNOWN: 1, FILE: 2, FORMAT: 3, PASSWORD: 4, SECURITY: 5, PAGE: 6 } as const;
export const FPDF_PAGEOBJ = { TEXT: 1, PATH: 2, IMAGE: 3, SHADING: 4, FORM: 5 } as const;
export const FPDFBitmap_Gray = 1;
export const FPDF_ANNOT = 0x01;
export const FPDF_RENDER_NO_SMOOTHIMAGE = 0x2000;
export const FPDF_ANNOT_SUBTYPE = { LINK: 2, POPUP: 16, WIDGET: 20 } as const;
export const FPDF_FORMFIELD = { PUSHBUTTON: 1, CHECKBOX: 2, RADIOBUTTON: 3, SIGNATURE: 7 } as const;

function locatePdfiumWasm(): string {
  return localRequire().resolve('@hyzyla/pdfium/pdfium.wasm');
}

export async function loadPdfium(wasmPath: string = locatePdfiumWasm()): Promise<Pdfium> {
  const bytes = fs.readFileSync(wasmPath);
  const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  // Giving the binary (and a locateFile that is never used) keeps the loader from fetching anything.
  const module = (await (PDFiumModule as unknown as (o: object) => Promise<Pdfium>)({
    wasmBinary,
    locateFile: () => '',
  })) as Pdfium;
  module._FPDF_InitLibraryWithConfig({
    version: 2,
    m_pIsolate: null,
    m_pUserFontPaths: null,
    m_v8EmbedderSlot: 0,
    m_pPlatform: null,
  });
  // This build's loader wraps each export in checks with rest arguments (an array per call, a hundred calls a page):
  // once the runtime is up they cannot fail, so the C API is called directly.
  const raw = (module as unknown as { wasmExports: Record<string, unknown> }).wasmExports;
  for (const [name, fn] of Object.entries(raw)) {
    if (typeof fn === 'function' && name.startsWith('FPDF')) (module as unknown as Record<string, unknown>)[`_${name}`] = fn;
  }
  return module;
}
