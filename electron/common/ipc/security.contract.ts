// Channels for the data folder's second ways in (Settings → Security): a printed recovery key and an optional
// passphrase, and unlocking with either when this computer's keychain cannot give the key (the unlock screen).
import { z } from 'zod';
import { singleLine } from '../util/text-input';
import { channel } from './channel';

export const PASSPHRASE_MIN = 12;
const PASSPHRASE_MAX = 256;

export interface SecurityStatus {
  /** When the current recovery key was made; null when there is none. */
  recoveryKeyCreatedAt: string | null;
  /** When the passphrase was set; null when there is none. */
  passphraseSetAt: string | null;
}

const RecoveryKeySchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$/, 'That is not a recovery key made by this app (8 groups of 5 letters and digits).');

export const securityContract = {
  'security:status': channel(z.object({})).returns<SecurityStatus>(),
  /** Makes a new recovery key (the old one stops working) and returns it once, to print or save: it is not kept. */
  'security:createRecoveryKey': channel(z.object({})).returns<{ recoveryKey: string; createdAt: string }>(),
  /** Asks where to save the recovery key as a text file with what it is for; null path when cancelled. */
  'security:saveRecoveryKey': channel(z.object({ recoveryKey: RecoveryKeySchema })).returns<{ filePath: string | null }>(),
  'security:setPassphrase': channel(
    z.object({
      // Not trimmed: spaces are part of a passphrase.
      passphrase: singleLine(
        z
          .string()
          .min(PASSPHRASE_MIN, `A passphrase needs at least ${PASSPHRASE_MIN} characters.`)
          .max(PASSPHRASE_MAX, `A passphrase can have at most ${PASSPHRASE_MAX} characters.`),
      ),
    }),
  ).returns<{ setAt: string }>(),
  'security:removePassphrase': channel(z.object({})).returns<{ removed: boolean }>(),
  /** Only while the app is locked: opens the data with the recovery key or passphrase typed on the unlock screen. */
  'security:unlock': channel(
    z.object({
      secret: singleLine(
        z
          .string()
          .min(1, 'Type your recovery key or passphrase.')
          .max(PASSPHRASE_MAX, 'That is longer than any recovery key or passphrase this app accepts.'),
      ),
    }),
  ).returns<{ unlocked: true }>(),
};
