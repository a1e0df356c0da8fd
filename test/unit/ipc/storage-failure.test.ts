// Every storage error the disk or SQLite can raise reads as "NOT saved" with its cause and what to do; anything else
// (a bug) is left to the generic message.
import { describe, expect, it } from 'vitest';
import { storageFailure } from '../../../electron/backend/ipc/storage-failure';

describe('storage failures', () => {
  it.each([
    ['SQLITE_FULL', /is full/],
    ['ENOSPC', /is full/],
    ['SQLITE_READONLY_DBMOVED', /cannot be written to/],
    ['EACCES', /cannot be written to/],
    ['SQLITE_BUSY_SNAPSHOT', /busy/],
    ['SQLITE_IOERR_WRITE', /read or write error/],
    ['EIO', /read or write error/],
    ['SQLITE_CORRUPT', /damaged.*restore/],
  ])('%s says the change was not saved, why, and what to do', (code, cause) => {
    const failure = storageFailure(Object.assign(new Error('raw'), { code }));
    expect(failure?.code).toBe('io-error');
    expect(failure?.message).toMatch(/^This change was NOT saved\./);
    expect(failure?.message).toMatch(cause);
  });

  it.each([[new Error('a bug')], [Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_CHECK' })], [null]])(
    'leaves other errors to the generic message (%s)',
    (error) => expect(storageFailure(error)).toBeNull(),
  );
});
