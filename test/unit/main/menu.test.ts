// The menu offers the standard editing commands, the File commands with the platform's accelerators (⌘ on macOS), About,
// and "Check for updates" that only opens the release page when clicked; zoom is the window's own (its keys would zoom
// twice if the menu's zoom roles took them too).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));
const { buildMenuTemplate, RELEASES_URL } = await import('../../../electron/main/menu');

type Item = { role?: string; label?: string; submenu?: Item[]; click?: unknown; accelerator?: string };
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(Array.isArray(i.submenu) ? i.submenu : [])]);

describe('application menu', () => {
  it.each([
    [true, false],
    [false, false],
  ])('has the Edit menu role and no zoom role (mac: %s)', (isMac, isDev) => {
    const items = flatten(buildMenuTemplate({ isMac, isDev }) as Item[]);
    const roles = items.map((i) => i.role);
    expect(roles).toContain('editMenu');
    for (const zoom of ['zoomIn', 'zoomOut', 'resetZoom']) expect(roles).not.toContain(zoom);
    expect(roles.includes('appMenu')).toBe(isMac);
  });

  it('has no developer tools in production', () => {
    const items = flatten(buildMenuTemplate({ isMac: false, isDev: false }) as Item[]);
    expect(items.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(items.map((i) => i.role)).not.toContain('reload');
  });

  it.each([
    [true, ['About MedLegal Writer', 'Settings…', 'New Case', 'Open Sample Case', 'Export Report…', 'Check for Updates…']],
    [false, ['New Case', 'Open Sample Case', 'Export Report…', 'Settings', 'About MedLegal Writer', 'Check for Updates…']],
  ])('each item does what it says, and nothing runs until clicked (mac: %s)', (isMac, labels) => {
    const actions = { command: vi.fn(), about: vi.fn(), checkForUpdates: vi.fn() };
    const items = flatten(buildMenuTemplate({ isMac, isDev: false, actions }) as Item[]).filter((i) => i.click);
    expect(items.map((i) => i.label)).toEqual(labels);
    expect(actions.checkForUpdates).not.toHaveBeenCalled();
    for (const item of items) (item.click as () => void)();
    expect(actions.command.mock.calls.map(([c]: unknown[]) => c)).toEqual(
      isMac ? ['settings', 'new-case', 'open-sample', 'export'] : ['new-case', 'open-sample', 'export', 'settings'],
    );
    expect(actions.about).toHaveBeenCalledTimes(1);
    expect(actions.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it('uses ⌘ on macOS and Ctrl elsewhere (CmdOrCtrl), so Ctrl+E and Ctrl+N stay text keys on a Mac', () => {
    const items = flatten(buildMenuTemplate({ isMac: true, isDev: false }) as Item[]);
    const accelerators = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(accelerators).toEqual({ 'Settings…': 'CmdOrCtrl+,', 'New Case': 'CmdOrCtrl+N', 'Export Report…': 'CmdOrCtrl+E' });
  });

  it('names one https release page, set in one place: package.json homepage', () => {
    const { homepage } = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
      homepage: string;
    };
    expect(new URL(RELEASES_URL).protocol).toBe('https:');
    expect(RELEASES_URL).toBe(`${homepage.replace(/\/+$/, '')}/releases`);
  });

  it('adds reload and developer tools only in development', () => {
    const roles = flatten(buildMenuTemplate({ isMac: false, isDev: true }) as Item[]).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
