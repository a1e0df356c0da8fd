// A require() for locating package files (WASM, tesseract data and scripts) from source runs (ESM, tsx, vitest)
// and from the CommonJS bundle of the packaged app, where import.meta.url is empty but require exists.
import { createRequire } from 'node:module';
import path from 'node:path';

export function localRequire(): NodeJS.Require {
  const here = typeof import.meta.url === 'string' ? import.meta.url : '';
  if (here.startsWith('file:')) return createRequire(here);
  if (typeof require === 'function') return require;
  return createRequire(path.join(process.cwd(), 'index.js'));
}
