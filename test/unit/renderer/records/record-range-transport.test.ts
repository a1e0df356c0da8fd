// pdf.js opens a stored record on its length alone, while the first reply travels: what it asks for before the reply
// comes is answered from the reply once it lands, without a read of its own; a range the reply did not bring is read.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it, vi } from 'vitest';
import { textPdf } from '../../../fixtures/generate-pdfs';

// The page's pdf.js build needs a browser; Node runs the same API from the legacy build.
vi.mock('pdfjs-dist', async () => await import('pdfjs-dist/legacy/build/pdf.mjs'));
const readFile = vi.fn();
vi.mock('../../../../renderer/src/features/records/records-api', () => ({
  recordsApi: { readFile },
  VIEWER_CHUNK: 32 * 1024,
}));
const { RecordRangeTransport } = await import('../../../../renderer/src/features/records/record-range-transport');
type Slices = { start: number; bytes: Uint8Array }[] | null;

async function open(transport: InstanceType<typeof RecordRangeTransport>, pageNumber: number) {
  const task = getDocument({
    range: transport,
    rangeChunkSize: 32 * 1024,
    disableStream: true,
    disableAutoFetch: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  transport.transportReady();
  try {
    const doc = await task.promise;
    const page = await doc.getPage(pageNumber);
    return (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  } finally {
    await task.destroy();
  }
}

describe('the viewer opening a file on its length alone', () => {
  it('has pdf.js ask before the first reply comes, and answers from the reply once it does', { timeout: 60_000 }, async () => {
    const pdf = await textPdf({ pages: 300, seed: 71, pageLines: (i) => [`Fictional page ${i + 1} of 300.`] });
    readFile.mockReset();
    let arrive: (slices: Slices) => void = () => undefined;
    const reply = new Promise<Slices>((resolve) => (arrive = resolve));
    const transport = new RecordRangeTransport('f1', pdf.length, reply, () => undefined);
    const asked = vi.spyOn(transport, 'requestDataRange');
    const text = open(transport, 300);
    // pdf.js is under way (it asks for the file's end) with no reply yet.
    await vi.waitFor(() => expect(asked).toHaveBeenCalled());
    arrive([{ start: 0, bytes: pdf }]);
    expect(await text).toBe('Fictional page 300 of 300.');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('reads what the reply did not bring, and nothing once the reply failed', { timeout: 60_000 }, async () => {
    const pdf = await textPdf({ pages: 300, seed: 72, pageLines: (i) => [`Fictional page ${i + 1} of 300.`] });
    readFile.mockReset();
    readFile.mockImplementation(async (_id: string, start: number, length: number) => ({
      base64: Buffer.from(pdf.subarray(start, start + length)).toString('base64'),
      start,
      total: pdf.length,
    }));
    const headOnly = new RecordRangeTransport(
      'f1',
      pdf.length,
      Promise.resolve([{ start: 0, bytes: pdf.subarray(0, 1024) }]),
      () => undefined,
    );
    expect(await open(headOnly, 2)).toBe('Fictional page 2 of 300.');
    expect(readFile).toHaveBeenCalled();

    readFile.mockClear();
    const failed = new RecordRangeTransport('f1', pdf.length, Promise.resolve(null), () => undefined);
    const asked = vi.spyOn(failed, 'requestDataRange');
    const task = getDocument({
      range: failed,
      rangeChunkSize: 32 * 1024,
      disableStream: true,
      isEvalSupported: false,
      verbosity: 0,
    });
    failed.transportReady();
    try {
      await vi.waitFor(() => expect(asked).toHaveBeenCalled());
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The viewer already shows the reply's error; no read goes out for a file that may have changed.
      expect(readFile).not.toHaveBeenCalled();
    } finally {
      await task.destroy();
    }
  });
});
