// The only code that touches the preload's global. Unwraps Results into values or ApiError,
// so components deal in data and in messages meant for the user.
import type { ChannelName, InputOf, OutputOf } from '../../../electron/common/ipc/contract';
import type { AppError } from '../../../electron/common/errors';
import type { Result } from '../../../electron/common/ipc/result';
import type { MenuCommand } from '../../../electron/common/ipc/menu-commands';

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.error.code;
  }
}

export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const bridge = window.medlegal;
  if (!bridge) throw new ApiError({ code: 'internal', message: 'The app’s backend is not connected. Restart MedLegal Writer.' });
  // TS cannot relate a generic key to its member's signature; the contract types make this one safe.
  const fn = bridge[channel] as unknown as (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

/** A message fit to show the user for anything thrown by call() or by the UI itself. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  // A failure in the page itself (or the bridge): nothing says the request reached the app, so no claim that it saved.
  return 'Something went wrong and this did not complete. Try again; what was saved before is unchanged.';
}

/** The window event the shell re-announces a menu command on, for the screen that owns it (the case list, the export button). */
export const MENU_COMMAND_EVENT = 'medlegal:menu-command';

/** The application menu's File commands; nothing arrives outside the app (browser tests), so unsubscribing is a no-op there. */
export function onMenuCommand(callback: (command: MenuCommand) => void): () => void {
  return window.medlegalMenu?.onMenuCommand(callback) ?? (() => undefined);
}
