// Loads a stored record PDF into pdf.js through the records channels, so a 10,000-page file never crosses the bridge
// whole: the first reply (records:openViewer) brings the file's head and the chunks pdf.js reads to show the page asked
// for; pdf.js takes those from memory and asks records:readFile only for what else it needs. pdf.js starts on the file's
// length alone (records:viewerLength), so its worker is under way while the first reply travels.
import { getDocument, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import type { Slice } from './held-ranges';
import { decodeBase64, RecordRangeTransport } from './record-range-transport';
import { RecordBinaryData } from './pdf-binary-data';
import { VIEWER_WHOLE_FILE_BELOW } from '../../../../electron/common/ipc/records.contract';
import type { FirstReply } from './viewer-ahead';
import { VIEWER_CHUNK as CHUNK } from './records-api';
import './pdf-worker-setup';
import warmUpUrl from './viewer-warm-up.pdf?url';

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
 * Opens a stored record PDF from its first reply (asked for before this module loaded); destroy the returned task to
 * release it. onError reports a range that could not be read.
 */
export async function openRecordPdf(
  fileId: string,
  first: FirstReply,
  onError: (error: unknown) => void,
): Promise<PDFDocumentLoadingTask> {
  // The worker starts while the reply is on its way.
  worker ??= new PDFWorker();
  const common = pdfOptions(worker);
  const total = await first.total;
  const slices = first.reply.then((opening) => {
    if (opening.total !== total) throw new Error('The file changed while it was opened: open it again.');
    return opening.slices.map((s): Slice => ({ start: s.start, bytes: decodeBase64(s.base64) }));
  });
  if (total < VIEWER_WHOLE_FILE_BELOW) return getDocument({ ...common, data: (await slices)[0]?.bytes ?? new Uint8Array() });
  // pdf.js opens the file while the reply travels; what it asks for meanwhile is answered when the reply comes.
  const range = new RecordRangeTransport(
    fileId,
    total,
    slices.catch((error: unknown) => (onError(error), null)),
    onError,
  );
  // No streaming and no background fetching: only the ranges needed for the pages shown cross the bridge.
  const task = getDocument({ ...common, range, disableStream: true, disableAutoFetch: true });
  range.transportReady();
  return task;
}
