// One tesseract.js worker that recognises 300-dpi grayscale page images, loaded from local files only: the English model
// from @tesseract.js-data/eng on disk and tesseract.js's own scripts; nothing is fetched from a CDN or cached.
import path from 'node:path';
import { createWorker, OEM } from 'tesseract.js';
import { localRequire, onDisk } from './local-require';

export interface Recognizer {
  recognize(pgm: Uint8Array): Promise<string>;
  terminate(): Promise<void>;
}

/** Local paths of the English model and tesseract.js scripts: nothing is fetched from a CDN. */
export function tesseractPaths(): { langPath: string; workerPath: string; corePath: string } {
  const req = localRequire();
  const engDir = path.dirname(req.resolve('@tesseract.js-data/eng/package.json'));
  const tessDir = path.dirname(req.resolve('tesseract.js/package.json'));
  const coreDir = path.dirname(req.resolve('tesseract.js-core/package.json'));
  // The tesseract worker thread reads these itself: in a packaged app, the unpacked copies.
  return {
    langPath: onDisk(path.join(engDir, '4.0.0_best_int')),
    workerPath: onDisk(path.join(tessDir, 'src', 'worker-script', 'node', 'index.js')),
    corePath: onDisk(coreDir),
  };
}

export async function createTesseractRecognizer(dpi = 300): Promise<Recognizer> {
  const { langPath, workerPath, corePath } = tesseractPaths();
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath,
    workerPath,
    corePath,
    gzip: true,
    // Read the model where it is; never write a cached copy (tesseract.js would put one in the working folder).
    cacheMethod: 'none',
    cachePath: langPath,
    legacyCore: false,
    legacyLang: false,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  // PGM carries no resolution; without it Tesseract guesses and sizes text less well.
  await worker.setParameters({ user_defined_dpi: String(dpi) });
  return {
    async recognize(pgm) {
      const result = await worker.recognize(Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength));
      return result.data.text ?? '';
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}
