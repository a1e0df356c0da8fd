// Second ways to the data folder's key, for a lost or reset keychain or a copied folder: a printed recovery key and an
// optional passphrase. Each is a small file in the data folder holding the database key sealed (AES-256-GCM) with a key
// stretched from the secret by scrypt; the secret itself is never stored. The recovery key is 40 Crockford base32
// characters (200 random bits) in groups of five, easy to print, read and type.
import { createCipheriv, createDecipheriv, randomBytes, randomInt, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATABASE_KEY_BYTES } from './database-encryption';
import { writePrivateFile } from './private-files';

export const RECOVERY_KEY_FILE = 'database-key.recovery';
export const PASSPHRASE_KEY_FILE = 'database-key.passphrase';
export type UnlockKind = 'recovery-key' | 'passphrase';
const FILE_OF: Record<UnlockKind, string> = { 'recovery-key': RECOVERY_KEY_FILE, passphrase: PASSPHRASE_KEY_FILE };

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_CHARS = 40;

// A recovery key is already 200 random bits, so light stretching is enough; a passphrase needs the full cost.
const COST: Record<UnlockKind, { N: number; r: number; p: number }> = {
  'recovery-key': { N: 2 ** 12, r: 8, p: 1 },
  passphrase: { N: 2 ** 17, r: 8, p: 1 },
};

const sealedKeySchema = z.object({
  version: z.literal(1),
  kind: z.enum(['recovery-key', 'passphrase']),
  createdAt: z.string().max(40),
  scrypt: z.object({ N: z.number().int().positive(), r: z.number().int().positive(), p: z.number().int().positive() }),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  iv: z.string().regex(/^[0-9a-f]{24}$/),
  sealed: z.string().regex(/^[0-9a-f]{64}$/),
  tag: z.string().regex(/^[0-9a-f]{32}$/),
});
type SealedKey = z.infer<typeof sealedKeySchema>;

/** A new recovery key, shown to the physician once: "7KQ2M-…" (8 groups of 5). */
export function newRecoveryKey(): string {
  const chars = Array.from({ length: RECOVERY_CHARS }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join('').replace(/(.{5})(?!$)/g, '$1-');
}

/** What the physician typed, as the key it stands for: case, spaces and dashes ignored, O→0 and I/L→1 as read aloud. */
export function normaliseRecoveryKey(typed: string): string | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return text.length === RECOVERY_CHARS && [...text].every((c) => ALPHABET.includes(c)) ? text : null;
}

function stretch(secret: string, salt: Buffer, cost: SealedKey['scrypt']): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * 1024 * 1024 });
}

function secretFor(kind: UnlockKind, typed: string): string | null {
  return kind === 'recovery-key' ? normaliseRecoveryKey(typed) : typed.length > 0 ? typed : null;
}

/** Seals the database key with the secret and writes it (0600) beside the database, replacing any earlier one. */
export function saveSealedKey(dataDir: string, kind: UnlockKind, typed: string, databaseKey: Buffer, now: Date): void {
  const secret = secretFor(kind, typed);
  if (!secret) throw new Error(`not a usable ${kind}`);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cost = COST[kind];
  const cipher = createCipheriv('aes-256-gcm', stretch(secret, salt, cost), iv);
  cipher.setAAD(Buffer.from(kind));
  const sealed = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
  const record: SealedKey = {
    version: 1,
    kind,
    createdAt: now.toISOString(),
    scrypt: cost,
    salt: salt.toString('hex'),
    iv: iv.toString('hex'),
    sealed: sealed.toString('hex'),
    tag: cipher.getAuthTag().toString('hex'),
  };
  writePrivateFile(path.join(dataDir, FILE_OF[kind]), Buffer.from(JSON.stringify(record)), { replace: true });
}

export function removeSealedKey(dataDir: string, kind: UnlockKind): void {
  fs.rmSync(path.join(dataDir, FILE_OF[kind]), { force: true });
}

function readSealedKey(dataDir: string, kind: UnlockKind): SealedKey | null {
  try {
    const parsed = sealedKeySchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, FILE_OF[kind]), 'utf8')));
    return parsed.success && parsed.data.kind === kind ? parsed.data : null;
  } catch {
    return null;
  }
}

/** When each second way was set up, null where there is none (or its file is unreadable). */
export function sealedKeysInfo(dataDir: string): Record<UnlockKind, string | null> {
  return {
    'recovery-key': readSealedKey(dataDir, 'recovery-key')?.createdAt ?? null,
    passphrase: readSealedKey(dataDir, 'passphrase')?.createdAt ?? null,
  };
}

/**
 * The database key, if the typed secret opens one of the data folder's sealed keys; null if it opens none. A typed
 * text that looks like a recovery key is tried as one first, then as a passphrase.
 */
export function unlockWith(dataDir: string, typed: string): { key: Buffer; kind: UnlockKind } | null {
  for (const kind of ['recovery-key', 'passphrase'] as const) {
    const record = readSealedKey(dataDir, kind);
    const secret = secretFor(kind, typed);
    if (!record || !secret) continue;
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        stretch(secret, Buffer.from(record.salt, 'hex'), record.scrypt),
        Buffer.from(record.iv, 'hex'),
      );
      decipher.setAAD(Buffer.from(kind));
      decipher.setAuthTag(Buffer.from(record.tag, 'hex'));
      const key = Buffer.concat([decipher.update(Buffer.from(record.sealed, 'hex')), decipher.final()]);
      if (key.length === DATABASE_KEY_BYTES) return { key, kind };
    } catch {
      // wrong secret for this one: try the other
    }
  }
  return null;
}
