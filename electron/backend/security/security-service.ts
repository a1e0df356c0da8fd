// Settings → Security: the recovery key (made here, shown once, never kept) and the optional passphrase, each sealing
// this data folder's key in a file beside the database (persistence/key-recovery.ts).
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import type { SecurityStatus } from '../../common/ipc/security.contract';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackendHost } from '../host';
import { newRecoveryKey, removeSealedKey, saveSealedKey, sealedKeysInfo } from '../persistence/key-recovery';

interface SecurityServiceDeps {
  dataDir: string;
  /** null only for a plain database kept on purpose (the benchmarks' baseline): there is no key to seal. */
  databaseKey: Uint8Array | null;
  host: BackendHost;
  now: () => Date;
}

/** The text file the physician keeps (printed or on a USB stick): the key and what to do with it. */
function recoveryKeyText(recoveryKey: string, dataDir: string, now: Date): string {
  return [
    'MedLegal Writer recovery key',
    '',
    `    ${recoveryKey}`,
    '',
    `Made ${now.toISOString().slice(0, 10)} for the data folder ${dataDir}.`,
    '',
    'Keep this in a safe place, away from the computer (printed, in a locked drawer). It opens your encrypted case data',
    'when this computer’s keychain cannot: after a reinstall, a reset password or a move to a new computer. Anyone who',
    'has it and a copy of your data folder can read your cases. Making a new recovery key in Settings → Security makes',
    'this one stop working.',
    '',
  ].join('\n');
}

export function createSecurityService({ dataDir, databaseKey, host, now }: SecurityServiceDeps) {
  const key = () => {
    if (!databaseKey) throw new AppFailure('conflict', 'This data folder is not encrypted, so it has no key to keep.');
    return Buffer.from(databaseKey);
  };
  return {
    status(): SecurityStatus {
      const info = sealedKeysInfo(dataDir);
      return { recoveryKeyCreatedAt: info['recovery-key'], passphraseSetAt: info.passphrase };
    },
    createRecoveryKey() {
      const recoveryKey = newRecoveryKey();
      const at = now();
      saveSealedKey(dataDir, 'recovery-key', recoveryKey, key(), at);
      return { recoveryKey, createdAt: at.toISOString() };
    },
    async saveRecoveryKey(recoveryKey: string) {
      const target = await host.chooseSavePath('MedLegal Writer recovery key.txt', { name: 'Text file', extensions: ['txt'] });
      if (!target) return { filePath: null };
      writeFileAtomic(target, Buffer.from(recoveryKeyText(recoveryKey, dataDir, now()), 'utf8'));
      return { filePath: path.resolve(target) };
    },
    setPassphrase(passphrase: string) {
      const at = now();
      saveSealedKey(dataDir, 'passphrase', passphrase, key(), at);
      return { setAt: at.toISOString() };
    },
    removePassphrase() {
      const had = sealedKeysInfo(dataDir).passphrase !== null;
      removeSealedKey(dataDir, 'passphrase');
      return { removed: had };
    },
    unlock(): never {
      throw new AppFailure('conflict', 'Your data is already open.');
    },
  };
}

export type SecurityService = ReturnType<typeof createSecurityService>;
