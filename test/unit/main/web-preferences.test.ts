// The one webPreferences object: every security-relevant value pinned, frozen, and used as-is by the main window.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const created: Array<{ webPreferences: Record<string, unknown> }> = [];
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: () => ({ popup() {} }) },
  BrowserWindow: class {
    constructor(options: { webPreferences: Record<string, unknown> }) {
      created.push(options);
    }
    webContents = { on() {} };
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  },
}));

const { WEB_PREFERENCES, PRELOAD_PATH } = await import('../../../electron/main/windows/web-preferences');
const { createMainWindow } = await import('../../../electron/main/windows/main-window');

describe('web preferences', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['spellcheck', true],
  ] as const)('%s is %s', (key, value) => {
    expect(WEB_PREFERENCES[key]).toBe(value);
  });

  it('cannot be loosened at run time', () => {
    expect(Object.isFrozen(WEB_PREFERENCES)).toBe(true);
    expect(() => {
      (WEB_PREFERENCES as { nodeIntegration: boolean }).nodeIntegration = true;
    }).toThrow(TypeError);
    expect(WEB_PREFERENCES.nodeIntegration).toBe(false);
  });

  it('points at the bundled preload beside the bundled main', () => {
    expect(path.isAbsolute(PRELOAD_PATH)).toBe(true);
    expect(path.basename(PRELOAD_PATH)).toBe('preload.cjs');
    expect(WEB_PREFERENCES.preload).toBe(PRELOAD_PATH);
  });

  it('is exactly what the main window gets', () => {
    createMainWindow({ url: 'app://medlegal/index.html' });
    const options = created.at(-1);
    expect(options?.webPreferences).toEqual({ ...WEB_PREFERENCES });
  });
});
