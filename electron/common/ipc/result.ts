// The value every IPC call resolves to. Errors cross the process boundary as plain data,
// because an Error thrown from ipcMain.handle reaches the renderer with only its message.

export type ErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-found'
  | 'conflict'
  | 'cancelled'
  | 'io-error'
  | 'invalid-file'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown by services for failures the user should read; the handler wrapper turns it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
