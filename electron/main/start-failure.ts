// What the start-up error dialog says: the data problem in the backend's own words, else a message for the person at hand.
// A packaged app never tells a physician to run npm; only a development run (not packaged) names the developer's command.
import { AppFailure } from '../common/errors';

export function startFailureDialog(error: unknown, isPackaged: boolean): { title: string; message: string } {
  if (error instanceof AppFailure) return { title: 'MedLegal Writer cannot open your data', message: error.message };
  const message = !isAbiMismatch(error)
    ? 'MedLegal Writer could not start. Your data was not changed. Restart the app, and reinstall it if this keeps happening.'
    : isPackaged
      ? 'This installation’s database engine does not match the app. Your data was not changed. Reinstall MedLegal Writer.'
      : 'The database engine was built for a different runtime. Run "npm start" (it builds the Electron copy with ' +
        'scripts/electron-native.mjs).';
  return { title: 'MedLegal Writer could not start', message };
}

function isAbiMismatch(error: unknown): boolean {
  return error instanceof Error && /NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(error.message);
}
