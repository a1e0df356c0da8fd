// The start-up error dialog: a packaged app never mentions npm; a development run names the command that fixes it.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/common/errors';
import { startFailureDialog } from '../../../electron/main/start-failure';

const abi = new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115');

describe('start-up failure dialog', () => {
  it.each([
    ['database engine for another runtime', abi],
    ['anything unexpected', new TypeError('x is undefined')],
    ['the data folder refused', new AppFailure('io-error', 'The data folder is in use by another copy of MedLegal Writer.')],
  ])('packaged, %s: no npm, no developer hint', (_name, error) => {
    const { title, message } = startFailureDialog(error, true);
    expect(`${title} ${message}`).not.toMatch(/npm|scripts\//i);
    expect(message).toMatch(/\.$/);
  });

  it('tells a developer to run npm start when the engine does not match', () => {
    expect(startFailureDialog(abi, false).message).toContain('npm start');
  });

  it('passes the backend’s own words through for data problems', () => {
    const failure = new AppFailure('io-error', 'The data folder is in use by another copy of MedLegal Writer.');
    expect(startFailureDialog(failure, true)).toEqual({
      title: 'MedLegal Writer cannot open your data',
      message: failure.message,
    });
  });
});
