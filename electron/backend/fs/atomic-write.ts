// Writes a file so that a crash or a full disk never leaves a half-written report where the old one was:
// write a temp file beside it, flush it to disk, then rename over the target.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../common/errors';
import { atomicTempName } from './leftovers';

export function writeFileAtomic(target: string, data: Uint8Array): void {
  const temp = atomicTempName(target, randomBytes(6).toString('hex'));
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'you do not have permission to write there'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'EBUSY'
            ? 'the file is open in another program (close it in Word and try again)'
            : code === 'ENOENT'
              ? 'the folder does not exist'
              : 'the file could not be written';
    throw new AppFailure('io-error', `Could not save ${path.basename(target)}: ${why}.`);
  }
}
