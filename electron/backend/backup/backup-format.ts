// What a MedLegal Writer backup file is: a zip holding the database snapshot, the records files, the user templates and,
// last, manifest.json (app and schema version, and each entry's size and SHA-256). Only these names may appear in one.
import { z } from 'zod';
import { DATABASE_FILE_NAME } from '../backend-options';

export const MANIFEST_NAME = 'manifest.json';
const BACKUP_FORMAT = 'medlegal-writer-backup';
const FORMAT_VERSION = 1;
/** fflate writes no ZIP64 records, so one backup file stays below 4 GiB (less room for the zip's own headers). */
export const MAX_BACKUP_BYTES = 4 * 1024 ** 3 - 64 * 1024 ** 2;

/** The data folder's items a backup holds and a restore replaces; the rest of the folder (the lock, Chromium's files) stays. */
export const RESTORED_FOLDERS = ['cases', 'templates'] as const;

const RECORD_ENTRY = /^cases\/[A-Za-z0-9_-]{1,80}\/records\/[0-9a-f]{64}\.pdf$/;
const TEMPLATE_ENTRY = /^templates\/(?:[A-Za-z0-9 ._-]{1,120}\/){0,3}[A-Za-z0-9 ._-]{1,120}$/;

/** A name a backup may hold: nothing that could land outside the data folder or on a file the app does not own. */
export function isBackupEntryName(name: string): boolean {
  if (name === DATABASE_FILE_NAME || name === MANIFEST_NAME) return true;
  if (name.split('/').some((part) => part === '.' || part === '..' || part.startsWith('.'))) return false;
  return RECORD_ENTRY.test(name) || TEMPLATE_ENTRY.test(name);
}

const EntrySchema = z.object({
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupEntry = z.infer<typeof EntrySchema>;

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  schema: z.object({
    version: z.number().int().nonnegative(),
    migrations: z.array(z.object({ id: z.number().int().positive(), name: z.string() })),
  }),
  summary: z.object({ caseCount: z.number().int().nonnegative(), recordFileCount: z.number().int().nonnegative() }),
  entries: z.array(EntrySchema),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

export function newManifest(fields: Omit<BackupManifest, 'format' | 'formatVersion'>): BackupManifest {
  return { format: BACKUP_FORMAT, formatVersion: FORMAT_VERSION, ...fields };
}
