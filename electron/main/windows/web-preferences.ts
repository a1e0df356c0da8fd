// The one set of webPreferences every window uses. Frozen so no caller can loosen it at run time;
// a unit test pins each value.
import type { WebPreferences } from 'electron';
import path from 'node:path';

/** The bundled preload sits beside the bundled main (dist/electron/preload.cjs). */
export const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

export const WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  preload: PRELOAD_PATH,
  // The renderer gets no Node and runs in Chromium's sandbox; the preload is the only bridge.
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Physicians expect spellcheck; dictionaries are never downloaded (see security/offline.ts).
  spellcheck: true,
});
