// The value every IPC call resolves to. Errors cross the process boundary as plain data,
// because an Error thrown from ipcMain.handle reaches the renderer with only its message.
import type { AppError, ErrorCode } from '../errors';

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
