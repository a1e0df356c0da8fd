// Worker-thread entry: owns one PDFium instance and answers count / extract / render / render-hash requests for the pool,
// keeping the last opened files loaded (WORKER_OPEN_FILES) so the chunks of one file do not re-read it.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import {
  WORKER_OPEN_FILES,
  type ExtractRequest,
  type ExtractResponse,
  type ExtractResult,
  type ExtractWorkerData,
} from './extract-protocol';
import { PdfDocumentReader, PdfReadError } from './pdf-text-extractor';
import { loadPdfium, type Pdfium } from './pdfium-module';

export function serveExtractRequests(port: MessagePort, data: ExtractWorkerData = {}): void {
  let pdfium: Promise<Pdfium> | null = null;
  const open = new Map<string, PdfDocumentReader>();
  const fileKey = data.fileKey ? Buffer.from(data.fileKey) : null;

  const reader = (m: Pdfium, path: string): PdfDocumentReader => {
    let doc = open.get(path);
    if (doc) {
      open.delete(path);
      open.set(path, doc); // most recently used last
      return doc;
    }
    doc = PdfDocumentReader.open(m, path, fileKey);
    open.set(path, doc);
    while (open.size > WORKER_OPEN_FILES) {
      const [oldest, oldDoc] = open.entries().next().value as [string, PdfDocumentReader];
      oldDoc.close();
      open.delete(oldest);
    }
    return doc;
  };

  const handle = (m: Pdfium, req: ExtractRequest): { result: ExtractResult; transfer: ArrayBuffer[] } => {
    switch (req.op) {
      case 'count': {
        const doc = reader(m, req.path);
        const pageCount = doc.pageCount;
        if (!req.keepOpen) {
          doc.close();
          open.delete(req.path);
        }
        return { result: { pageCount }, transfer: [] };
      }
      case 'extract':
        return { result: { pages: reader(m, req.path).extractPages(req.from, req.to) }, transfer: [] };
      case 'render': {
        const image = reader(m, req.path).renderPageGray(req.pageIndex, req.dpi);
        return { result: image, transfer: [image.pgm.buffer as ArrayBuffer] };
      }
      case 'renderHashes': {
        const doc = reader(m, req.path);
        return { result: { hashes: req.pageIndexes.map((i) => doc.renderHash(i)) }, transfer: [] };
      }
      case 'release':
        open.get(req.path)?.close();
        open.delete(req.path);
        return { result: { heapBytes: m.HEAPU8.length }, transfer: [] };
    }
  };

  port.on('message', (req: ExtractRequest) => {
    pdfium ??= loadPdfium(data.pdfiumWasmPath);
    pdfium.then(
      (m) => {
        try {
          const { result, transfer } = handle(m, req);
          port.postMessage({ id: req.id, ok: true, result } satisfies ExtractResponse, transfer);
        } catch (error) {
          // A WebAssembly trap leaves PDFium in an unknown state: answer, then let the pool start a fresh worker.
          const fatal = !(error instanceof PdfReadError);
          const reason = error instanceof PdfReadError ? error.reason : 'damaged';
          const pageNumber = error instanceof PdfReadError ? error.pageNumber : null;
          port.postMessage({ id: req.id, ok: false, reason, pageNumber, fatal } satisfies ExtractResponse);
          if (fatal) process.exit(1);
        }
      },
      () => {
        port.postMessage({
          id: req.id,
          ok: false,
          reason: 'unreadable',
          pageNumber: null,
          fatal: true,
        } satisfies ExtractResponse);
        process.exit(1);
      },
    );
  });
}

if (!isMainThread && parentPort) serveExtractRequests(parentPort, (workerData ?? {}) as ExtractWorkerData);
