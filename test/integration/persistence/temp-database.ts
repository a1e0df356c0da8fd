// Helpers for persistence tests: a throw-away data folder per test, and a byte hash to prove a file was not touched.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempData {
  dir: string;
  file: string;
  remove(): void;
}

export function tempDatabaseFile(): TempData {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-db-'));
  return { dir, file: path.join(dir, 'medlegal.sqlite3'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
