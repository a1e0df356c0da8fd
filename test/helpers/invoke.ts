// Calls through the real IPC handler registry the way the renderer does, typed by the contract: the channel fixes the
// input and output types, and a failed Result becomes an InvokeError that keeps the AppFailure code and message.
import type { ChannelName, InputOf, OutputOf } from '../../electron/common/ipc/contract';
import type { AppError, ErrorCode } from '../../electron/common/errors';
import type { Result } from '../../electron/common/ipc/result';

/** What the helpers need of a registry; structural, so a test can pass `backend.registry` wherever it lives. */
export interface IpcRegistry {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
}

/** A call that resolved to a failed Result; `code` and `failure` are what the renderer would have received. */
class InvokeError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly channel: string,
    readonly failure: AppError,
  ) {
    super(`${channel} failed: ${failure.code}: ${failure.message}`);
    this.name = 'InvokeError';
    this.code = failure.code;
  }
}

/** The output of a call that must succeed; a failed Result throws an InvokeError. */
export async function invoke<C extends ChannelName>(registry: IpcRegistry, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await registry.invoke(channel, input);
  if (!result.ok) throw new InvokeError(channel, result.error);
  return result.data as OutputOf<C>;
}

/**
 * The untyped escape for bad-input tests: any channel name and any payload, answered with the Result itself.
 * Use it only where the wrong shape is the point of the test; everything else goes through invoke().
 */
export function invokeRaw(registry: IpcRegistry, channel: string, payload: unknown): Promise<Result<unknown>> {
  return registry.invoke(channel, payload);
}
