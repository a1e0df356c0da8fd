// Registers one ipcMain.handle per contract channel, each going through the same wrapper:
// refuse a sender that is not our UI's main frame, else hand the payload to the backend registry
// (which parses it with zod and returns a Result). Refuses to start if registry, contract and preload disagree.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { HandlerRegistry } from '../../backend/ipc/handler-registry';
import { PRELOAD_CHANNELS } from '../../common/ipc/channels';
import { CHANNEL_NAMES } from '../../common/ipc/contract';
import { fail, type Result } from '../../common/ipc/result';
import type { SenderFrame } from '../security/validate-sender';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
export type SenderCheck = (frame: SenderFrame | null | undefined) => boolean;

const FORBIDDEN_SENDER_MESSAGE = 'This request did not come from the MedLegal Writer window and was refused.';

/** Throws when the three lists of channels differ, naming the differences. */
export function assertChannelsAgree(registryChannels: readonly string[]): void {
  const lists = { contract: CHANNEL_NAMES, registry: registryChannels, preload: PRELOAD_CHANNELS };
  const reference = [...CHANNEL_NAMES].sort().join('\n');
  const problems = Object.entries(lists)
    .filter(([, list]) => [...list].sort().join('\n') !== reference)
    .map(([name, list]) => {
      const missing = CHANNEL_NAMES.filter((c) => !list.includes(c));
      const extra = list.filter((c) => !(CHANNEL_NAMES as readonly string[]).includes(c));
      return `${name} is missing [${missing.join(', ')}] and has extra [${extra.join(', ')}]`;
    });
  if (problems.length) throw new Error(`IPC channels disagree with the contract: ${problems.join('; ')}.`);
}

/** Returns a function that removes every handler again (used on quit and in tests). */
export function registerIpc(ipcMain: IpcMainLike, registry: HandlerRegistry, isTrustedSender: SenderCheck): () => void {
  assertChannelsAgree(registry.channels);
  for (const channel of registry.channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        // The channel name only: the payload may hold patient data, and the URL is the attacker's.
        console.warn(`[medlegal] refused ${channel} from an untrusted sender`);
        return fail('forbidden-sender', FORBIDDEN_SENDER_MESSAGE);
      }
      return registry.invoke(channel, payload);
    });
  }
  return () => registry.channels.forEach((channel) => ipcMain.removeHandler(channel));
}
