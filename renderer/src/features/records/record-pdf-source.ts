// Loads a stored record PDF into pdf.js through the records channels, so a 10,000-page file never crosses the bridge
// whole: the first reply (records:openViewer) brings the file's head and the chunks pdf.js reads to show the page asked
// for; pdf.js takes those from memory and asks records:readFile only for what else it needs.
import { getDocument, PDFDataRangeTransport, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import { answerFromHeld, type Slice } from './held-ranges';
import { RecordBinaryData } from './pdf-binary-data';
import type { ViewerOpening } from '../../../../electron/common/ipc/records.contract';
import { recordsApi, VIEWER_CHUNK as CHUNK } from './records-api';
import './pdf-worker-setup';
import warmUpUrl from './viewer-warm-up.pdf?url';

/** One records:readFile call carries at most this much (the channel's limit is 8 MiB). */
const MAX_READ = 4 * 1024 * 1024;

type Base64Decoder = { fromBase64?: (s: string) => Uint8Array };

function decodeBase64(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Decoder).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function readRange(fileId: string, begin: number, end: number): Promise<{ bytes: Uint8Array; total: number }> {
  const parts: Uint8Array[] = [];
  let total = 0;
  // One call carries at most MAX_READ; `end` is clipped to the file's end.
  for (let at = begin, stop = end; at < stop;) {
    const slice = await recordsApi.readFile(fileId, at, Math.min(MAX_READ, stop - at));
    total = slice.total;
    stop = Math.min(stop, total);
    const bytes = decodeBase64(slice.base64);
    if (bytes.length === 0) break;
    parts.push(bytes);
    at += bytes.length;
  }
  if (parts.length === 1) return { bytes: parts[0]!, total };
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return { bytes: out, total };
}

/** pdf.js asks for [begin, end); the answer must come back as one chunk starting at begin. */
class RecordRangeTransport extends PDFDataRangeTransport {
  constructor(
    private readonly fileId: string,
    length: number,
    initialData: Uint8Array,
    /** Sent ahead with the first reply; a range inside one of them is answered from memory. */
    private readonly ahead: Slice[],
    private readonly onError: (error: unknown) => void,
  ) {
    super(length, initialData);
  }

  override requestDataRange(begin: number, end: number): void {
    const held = answerFromHeld(this.ahead, begin, end, CHUNK, this.length);
    if (held) {
      // Answered after pdf.js has registered the request, as a reply from the backend would be.
      void Promise.resolve().then(() => this.onDataRange(begin, held));
      return;
    }
    readRange(this.fileId, begin, end).then(
      ({ bytes }) => this.onDataRange(begin, bytes),
      (error: unknown) => this.onError(error),
    );
  }
}

// One worker thread for every document the viewer opens, so moving between files does not start a new one.
let worker: PDFWorker | null = null;

const pdfOptions = (w: PDFWorker) => ({
  worker: w,
  isEvalSupported: false,
  useSystemFonts: false,
  useWorkerFetch: false,
  BinaryDataFactory: RecordBinaryData,
  rangeChunkSize: CHUNK,
});

let warmed: Promise<void> | null = null;

/**
 * Starts the worker and has it open and draw a small bundled PDF (viewer-warm-up.pdf) off screen, once: a first record
 * otherwise waits for pdf.js's code to load and warm up (its parser, decompression and font code run several times
 * slower cold). A failure here only loses the head start.
 */
export function warmRecordPdf(): Promise<void> {
  worker ??= new PDFWorker();
  const w = worker;
  warmed ??= (async () => {
    const response = await fetch(warmUpUrl);
    const data = new Uint8Array(await response.arrayBuffer());
    const task = getDocument({ ...pdfOptions(w), data });
    try {
      const doc = await task.promise;
      const page = await doc.getPage(1);
      const viewport = page.getViewport({ scale: 0.5 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
    } finally {
      await task.destroy();
    }
  })().catch(() => undefined);
  return warmed;
}

/**
 * Opens a stored record PDF from its first reply (records:openViewer, asked for before this module loaded); destroy the
 * returned task to release it. onError reports a range that could not be read.
 */
export async function openRecordPdf(
  fileId: string,
  first: Promise<ViewerOpening>,
  onError: (error: unknown) => void,
): Promise<PDFDocumentLoadingTask> {
  // The worker starts while the reply is on its way.
  worker ??= new PDFWorker();
  const opening = await first;
  const [head, ...ahead] = opening.slices.map((s): Slice => ({ start: s.start, bytes: decodeBase64(s.base64) }));
  const common = pdfOptions(worker);
  if (!head || head.bytes.length >= opening.total) return getDocument({ ...common, data: head?.bytes ?? new Uint8Array() });
  const range = new RecordRangeTransport(fileId, opening.total, head.bytes, ahead, onError);
  // No streaming and no background fetching: only the ranges needed for the pages shown cross the bridge.
  const task = getDocument({ ...common, range, disableStream: true, disableAutoFetch: true });
  range.transportReady();
  return task;
}
