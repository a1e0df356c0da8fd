// Rows of the settings table: one row per key, a JSON value and/or a binary value (signature PNG, letterhead .docx).
import type { Db } from '../persistence/open-database';

export type SettingKey = 'physician-profile' | 'signature-image' | 'letterhead' | 'spelling-dictionary' | 'backup-schedule';

export interface SettingRow {
  json: string | null;
  blob: Buffer | null;
  updatedAt: string;
}

export function createSettingsRepository(db: Db) {
  const select = db.prepare('SELECT value_json AS json, value_blob AS blob, updated_at AS updatedAt FROM settings WHERE key = ?');
  const upsert =
    db.prepare(`INSERT INTO settings (key, value_json, value_blob, updated_at) VALUES (@key, @json, @blob, @updatedAt)
    ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, value_blob = excluded.value_blob, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    get: (key: SettingKey): SettingRow | null => (select.get(key) as SettingRow | undefined) ?? null,
    put(key: SettingKey, json: string | null, blob: Uint8Array | null = null): string {
      const updatedAt = new Date().toISOString();
      upsert.run({ key, json, blob: blob ? Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength) : null, updatedAt });
      return updatedAt;
    },
    delete: (key: SettingKey): boolean => remove.run(key).changes > 0,
  };
}
