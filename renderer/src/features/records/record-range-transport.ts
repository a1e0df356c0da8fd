// How pdf.js reads a stored record PDF it opened on the file's length alone: a range inside the parts the first reply
// brought is answered from memory (one asked for before the reply came waits for it), any other through records:readFile.
import { PDFDataRangeTransport } from 'pdfjs-dist';
import { answerFromHeld, type Slice } from './held-ranges';
import { recordsApi, VIEWER_CHUNK as CHUNK } from './records-api';

/** One records:readFile call carries at most this much (the channel's limit is 8 MiB). */
const MAX_READ = 4 * 1024 * 1024;

type Base64Decoder = { fromBase64?: (s: string) => Uint8Array };

export function decodeBase64(base64: string): Uint8Array {
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
export class RecordRangeTransport extends PDFDataRangeTransport {
  constructor(
    private readonly fileId: string,
    length: number,
    /**
     * The parts sent ahead with the first reply, once it has come: a range inside one of them is answered from memory,
     * and a range asked for before it came waits for it. Null when the reply failed (already reported): none is answered.
     */
    private readonly ahead: Promise<Slice[] | null>,
    private readonly onError: (error: unknown) => void,
  ) {
    super(length, null);
  }

  override requestDataRange(begin: number, end: number): void {
    void this.ahead.then((slices) => {
      if (!slices) return;
      const held = answerFromHeld(slices, begin, end, CHUNK, this.length);
      if (held) return this.onDataRange(begin, held);
      readRange(this.fileId, begin, end).then(
        ({ bytes }) => this.onDataRange(begin, bytes),
        (error: unknown) => this.onError(error),
      );
    });
  }
}
