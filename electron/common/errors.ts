// Failures the user should read, by kind. Services throw AppFailure; at the IPC boundary it becomes a Result's error.
// Every message names what is wrong and what to do.

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

/** Thrown for failures the user should read; the handler registry turns it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
