// Where the app keeps its data, finds its UI and finds the Electron-ABI SQLite binding.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { findElectronSqliteBinding, rendererRoot, resolveDataDir } = await import('../../../electron/main/paths');

describe('data folder', () => {
  it('is the per-user folder by default', () => {
    expect(resolveDataDir({}, '/home/doc/.config/MedLegal Writer')).toBe('/home/doc/.config/MedLegal Writer');
    expect(resolveDataDir({ MEDLEGAL_DATA_DIR: '  ' }, '/u')).toBe('/u');
  });

  it('follows MEDLEGAL_DATA_DIR for tests and portable installs', () => {
    expect(resolveDataDir({ MEDLEGAL_DATA_DIR: '/media/usb/medlegal' }, '/u')).toBe('/media/usb/medlegal');
    expect(resolveDataDir({ MEDLEGAL_DATA_DIR: 'relative/data' }, '/u')).toBe(path.resolve('relative/data'));
  });
});

describe('renderer and native binding', () => {
  it('serves the UI from dist/renderer beside dist/electron', () => {
    expect(rendererRoot('/app/dist/electron')).toBe(path.normalize('/app/dist/renderer'));
  });

  it('uses native/electron/better_sqlite3.node in development when it exists', () => {
    const expected = path.join('/repo', 'native', 'electron', 'better_sqlite3.node');
    expect(findElectronSqliteBinding('/repo', (f) => f === expected)).toBe(expected);
    expect(findElectronSqliteBinding('/repo', () => false)).toBeUndefined();
  });

  it('reads the unpacked copy in a packaged app, never the one inside app.asar', () => {
    const seen: string[] = [];
    const found = findElectronSqliteBinding('/opt/MedLegal Writer/resources/app.asar', (f) => (seen.push(f), true));
    expect(found).toBe(
      path.join('/opt/MedLegal Writer/resources/app.asar.unpacked', 'native', 'electron', 'better_sqlite3.node'),
    );
    expect(seen.every((f) => !f.includes(`app.asar${path.sep}`))).toBe(true);
  });
});
