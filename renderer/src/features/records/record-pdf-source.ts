// Loads a stored record PDF into pdf.js through records:readFile, one byte range at a time, so a 10,000-page file
// never crosses the bridge whole: the first slice tells the size, then pdf.js asks only for the ranges it needs.
import { getDocument, PDFDataRangeTransport, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import { RecordBinaryData } from './pdf-binary-data';
import { recordsApi } from './records-api';
import './pdf-worker-setup';

/** pdf.js's chunk size for range requests; also the first slice read. */
const CHUNK = 256 * 1024;
/** One records:readFile call carries at most this much (the channel's limit is 8 MiB). */
const MAX_READ = 4 * 1024 * 1024;
/** Files this small are read whole at once: cheaper than a round trip per range. */
const WHOLE_FILE_BELOW = 2 * 1024 * 1024;

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
  // `end` may lie past the end of the file (the first read does not know the size yet): stop at the file's end.
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
    private readonly onError: (error: unknown) => void,
  ) {
    super(length, initialData);
  }

  override requestDataRange(begin: number, end: number): void {
    readRange(this.fileId, begin, end).then(
      ({ bytes }) => this.onDataRange(begin, bytes),
      (error: unknown) => this.onError(error),
    );
  }
}

// One worker thread for every document the viewer opens, so moving between files does not start a new one.
let worker: PDFWorker | null = null;

/** Starts the worker before the first file is opened: loading its script is most of a first opening's wait. */
export function warmRecordPdf(): void {
  worker ??= new PDFWorker();
}

/** Opens a stored record PDF; destroy the returned task to release it. onError reports a range that could not be read. */
export async function openRecordPdf(fileId: string, onError: (error: unknown) => void): Promise<PDFDocumentLoadingTask> {
  const first = await readRange(fileId, 0, CHUNK);
  worker ??= new PDFWorker();
  const common = {
    worker,
    isEvalSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    BinaryDataFactory: RecordBinaryData,
    rangeChunkSize: CHUNK,
  };
  if (first.total <= CHUNK) return getDocument({ ...common, data: first.bytes });
  if (first.total <= WHOLE_FILE_BELOW) {
    const rest = await readRange(fileId, first.bytes.length, first.total);
    const whole = new Uint8Array(first.total);
    whole.set(first.bytes, 0);
    whole.set(rest.bytes, first.bytes.length);
    return getDocument({ ...common, data: whole });
  }
  const range = new RecordRangeTransport(fileId, first.total, first.bytes, onError);
  // No streaming and no background fetching: only the ranges needed for the pages shown cross the bridge.
  const task = getDocument({ ...common, range, disableStream: true, disableAutoFetch: true });
  range.transportReady();
  return task;
}
