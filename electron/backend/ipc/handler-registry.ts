// The one place every IPC call passes through on the backend side: unknown channel → error, zod parse → error,
// then the handler, with failures turned into Result values. Electron's ipcMain and the E2E bridge both call invoke().
import { contract, type ChannelName, type OutputOf, type ParsedInputOf } from '../../common/ipc/contract';
import { AppFailure } from '../../common/errors';
import { fail, ok, type Result } from '../../common/ipc/result';
import { logError } from '../log';
import { storageFailure } from './storage-failure';

export type Handlers = { [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>> };

/** One domain's slice of the table: the channels whose name starts with `<prefix>:`. */
export type HandlersOf<Prefix extends string> = Pick<Handlers, Extract<ChannelName, `${Prefix}:${string}`>>;

export interface HandlerRegistry {
  readonly channels: readonly ChannelName[];
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
}

const isChannel = (name: string): name is ChannelName => Object.hasOwn(contract, name);

export function createHandlerRegistry(handlers: Handlers): HandlerRegistry {
  const declared = Object.keys(contract).sort();
  const implemented = Object.keys(handlers).sort();
  if (declared.join() !== implemented.join()) {
    const missing = declared.filter((c) => !implemented.includes(c));
    const extra = implemented.filter((c) => !declared.includes(c));
    throw new Error(`IPC contract and handlers disagree. Missing handlers: [${missing}]; undeclared handlers: [${extra}]`);
  }

  return {
    channels: declared as ChannelName[],
    async invoke(channel, payload) {
      if (!isChannel(channel)) return fail('unknown-channel', `Unknown request "${String(channel).slice(0, 60)}".`);
      const parsed = contract[channel].input.safeParse(payload);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.length ? `${first.path.join('.')}: ` : '';
        return fail('invalid-input', `${where}${first?.message ?? 'Invalid request.'}`);
      }
      try {
        const handler = handlers[channel] as (input: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.code, error.message);
        logError(`handler ${channel} failed`, error);
        const storage = storageFailure(error);
        if (storage) return fail(storage.code, storage.message);
        // Honest about this request only: it did not complete; what was saved before it is untouched.
        return fail(
          'internal',
          'Something went wrong and this request did not complete. What was saved before is unchanged; try again, and restart the app if it keeps happening.',
        );
      }
    },
  };
}
