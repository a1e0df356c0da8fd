// What a crash can leave outside the data folder, swept at start: the hidden temp copies an atomic write puts beside a
// report (".Report.docx.<12 hex>.tmp", ".partial" PDFs) in the folders reports were saved to, and the PDF converter's
// work folders in the system temp folder. Only names this app makes are touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The atomic write's temp name for a target: hidden, beside it, with a random suffix. */
export const atomicTempName = (target: string, suffix: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`);
const ATOMIC_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;
const PDF_PARTIAL = /\.pdf\.partial$/;
export const PDF_WORK_PREFIX = 'medlegal-pdf-';
/** A conversion takes at most 3 minutes; an older work folder belongs to no running conversion (of any copy of the app). */
const PDF_WORK_MAX_AGE_MS = 60 * 60 * 1000;

function removeQuietly(file: string): number {
  try {
    fs.rmSync(file, { recursive: true, force: true });
    return 1;
  } catch {
    // In use or gone: the next start tries again.
    return 0;
  }
}

/** Removes this app's temp copies from the given folders (those reports were saved to); returns how many. */
export function sweepExportFolders(folders: Iterable<string>): number {
  let removed = 0;
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue; // A removed folder or a drive not connected now.
    }
    for (const name of names)
      if (ATOMIC_TEMP.test(name) || PDF_PARTIAL.test(name)) removed += removeQuietly(path.join(folder, name));
  }
  return removed;
}

/** Removes the PDF converter's work folders older than an hour from the system temp folder; returns how many. */
export function sweepPdfWorkFolders(now = Date.now(), tmp = os.tmpdir()): number {
  let removed = 0;
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(PDF_WORK_PREFIX)) continue;
    const dir = path.join(tmp, name);
    try {
      if (now - fs.statSync(dir).mtimeMs > PDF_WORK_MAX_AGE_MS) removed += removeQuietly(dir);
    } catch {
      // Gone meanwhile.
    }
  }
  return removed;
}
