// OCR one page at a time, timed inside whichever JavaScript runtime runs this file: bench-ingest starts it under this
// Node and, when installed, under the app's own Electron (ELECTRON_RUN_AS_NODE), whose V8 is the engine users get.
// Usage: <node|electron> --import tsx scripts/bench-ocr-runtime.ts <warm-up.pdf> <scanned.pdf> <page.pgm>...
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExtractPool, TASK_PRIORITY } from '../electron/backend/records/extract-pool';
import { createTesseractRecognizer } from '../electron/backend/records/tesseract-recognizer';

export interface OcrRuntimeResult {
  runtime: string;
  v8: string;
  /** PDFium render at 300 dpi + tesseract.js recognition, CPU seconds per page (the OCR service's path). */
  renderAndRecognizeCpu: number;
  /** tesseract.js recognition alone on the given images, CPU seconds per page. */
  recognizeOnlyCpu: number;
  characters: number;
}

export const RESULT_PREFIX = 'OCR-RUNTIME-RESULT ';

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function main(): Promise<void> {
  const [warmPdf, scannedPdf, ...images] = process.argv.slice(2);
  if (!warmPdf || !scannedPdf || images.length === 0)
    throw new Error('usage: bench-ocr-runtime.ts <warm-up.pdf> <scanned.pdf> <page.pgm>...');
  const pool = new ExtractPool({ size: 1 });
  const recognizer = await createTesseractRecognizer(300);
  const ocrPage = async (pdf: string, index: number) => {
    const { pgm } = await pool.renderPage(pdf, index, 300, { priority: TASK_PRIORITY.ocr });
    return recognizer.recognize(pgm);
  };
  try {
    // Warm-up: WebAssembly compiled and the model loaded once per worker, as in the app; not counted per page.
    await ocrPage(warmPdf, 0);
    const pages = await pool.countPages(scannedPdf);
    let characters = 0;
    let started = cpuSeconds();
    for (let i = 0; i < pages; i++) characters += (await ocrPage(scannedPdf, i)).length;
    const renderAndRecognizeCpu = (cpuSeconds() - started) / pages;
    await pool.release(scannedPdf);
    const pgms = images.map((image) => new Uint8Array(fs.readFileSync(image)));
    started = cpuSeconds();
    for (const pgm of pgms) await recognizer.recognize(pgm);
    const recognizeOnlyCpu = (cpuSeconds() - started) / pgms.length;
    const runtime = process.versions.electron ? `Electron ${process.versions.electron}` : `Node ${process.versions.node}`;
    const result: OcrRuntimeResult = { runtime, v8: process.versions.v8, renderAndRecognizeCpu, recognizeOnlyCpu, characters };
    console.log(RESULT_PREFIX + JSON.stringify(result));
  } finally {
    await recognizer.terminate();
    await pool.close();
  }
}

// Run only as a program; bench-ingest imports the result type and prefix.
if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
