// A require() for locating package files (WASM, tesseract data and scripts) from source runs (ESM, tsx, vitest)
// and from the CommonJS bundle of the packaged app, where import.meta.url is empty but require exists; and where a file
// that a worker thread loads really is in the packaged app (app.asar.unpacked).
import { createRequire } from 'node:module';
import path from 'node:path';

export function localRequire(): NodeJS.Require {
  const here = typeof import.meta.url === 'string' ? import.meta.url : '';
  if (here.startsWith('file:')) return createRequire(here);
  if (typeof require === 'function') return require;
  return createRequire(path.join(process.cwd(), 'index.js'));
}

/**
 * The real file behind a path inside app.asar: worker threads and their WASM load from app.asar.unpacked, where the
 * package puts them (electron-builder.yml asarUnpack). Outside a packaged app the path is returned unchanged.
 */
export function onDisk(file: string): string {
  return file.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
}
