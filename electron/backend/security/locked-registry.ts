// What answers the window while the data folder is locked (this computer's keychain could not give its key and a
// recovery key or passphrase exists): only the unlock screen's channel. A secret that opens the folder's sealed key
// starts the real backend, and from then on every channel goes to it.
import { AppFailure } from '../../common/errors';
import { CHANNEL_NAMES } from '../../common/ipc/contract';
import { fail, ok } from '../../common/ipc/result';
import { securityContract } from '../../common/ipc/security.contract';
import type { HandlerRegistry } from '../ipc/handler-registry';
import { logError } from '../log';
import { unlockWith } from '../persistence/key-recovery';

interface UnlockableOptions {
  dataDir: string;
  /** Starts the backend with the key; throws an AppFailure when the key does not open the database. */
  start(key: Buffer): HandlerRegistry;
  /** Puts the key back under this computer's protection, so the next start opens without asking. */
  protectKey(key: Buffer): void;
}

export function createUnlockableRegistry({ dataDir, start, protectKey }: UnlockableOptions): HandlerRegistry {
  let open: HandlerRegistry | null = null;

  async function unlock(payload: unknown) {
    const parsed = securityContract['security:unlock'].input.safeParse(payload);
    if (!parsed.success) return fail('invalid-input', parsed.error.issues[0]?.message ?? 'Type your recovery key or passphrase.');
    const found = unlockWith(dataDir, parsed.data.secret);
    if (!found) {
      return fail(
        'invalid-input',
        'That is not the recovery key or the passphrase of this data folder. Check it (a recovery key is 8 groups of 5 ' +
          'letters and digits) and try again.',
      );
    }
    try {
      open = start(found.key);
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message);
      logError('starting after unlock', error);
      return fail('internal', 'Your data could not be opened. Nothing was changed; restart the app and try again.');
    }
    try {
      protectKey(found.key);
    } catch (error) {
      // The data is open; only the next start will ask again.
      logError('protecting the key after unlock', error);
    }
    return ok({ unlocked: true as const });
  }

  return {
    channels: CHANNEL_NAMES,
    async invoke(channel, payload) {
      if (open) return open.invoke(channel, payload);
      if (channel === 'security:unlock') return unlock(payload);
      return fail('conflict', 'Your data is locked. Unlock it with your recovery key or passphrase first.');
    },
  };
}
