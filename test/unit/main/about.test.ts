// The About box: the app's version and the runtime's, and the notices file read from app.asar.unpacked, where the system's
// text viewer can open it.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, shell: {} }));
const { aboutText, noticesPath } = await import('../../../electron/main/about');

describe('about', () => {
  it('shows the version and what it runs on', () => {
    const text = aboutText({ version: '1.2.3', versions: { ...process.versions, electron: '45.5.0', chrome: '140.0' } });
    expect(text.message).toBe('MedLegal Writer 1.2.3');
    expect(text.detail).toContain('Version 1.2.3');
    expect(text.detail).toContain('Electron 45.5.0 · Chromium 140.0');
    expect(text.detail).not.toMatch(/npm/i);
  });

  it.each([
    [
      path.join('/opt', 'MedLegal Writer', 'resources', 'app.asar', 'dist', 'electron'),
      path.join('/opt', 'MedLegal Writer', 'resources', 'app.asar.unpacked', 'dist', 'electron'),
    ],
    [path.join('/work', 'dist', 'electron'), path.join('/work', 'dist', 'electron')],
  ])('finds the notices beside %s', (bundleDir, expectedDir) => {
    expect(noticesPath(bundleDir)).toBe(path.join(expectedDir, 'third-party-notices.txt'));
  });
});
