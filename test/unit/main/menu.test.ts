// The menu offers the standard editing and zoom commands and nothing that reaches the network.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));
const { buildMenuTemplate } = await import('../../../electron/main/menu');

type Item = { role?: string; label?: string; submenu?: Item[]; click?: unknown };
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(Array.isArray(i.submenu) ? i.submenu : [])]);

describe('application menu', () => {
  it.each([
    [true, false],
    [false, false],
  ])('has the Edit menu role and zoom (mac: %s)', (isMac, isDev) => {
    const items = flatten(buildMenuTemplate({ isMac, isDev }) as Item[]);
    const roles = items.map((i) => i.role);
    expect(roles).toContain('editMenu');
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles.includes('appMenu')).toBe(isMac);
  });

  it('has no custom click handlers, links or developer tools in production', () => {
    const items = flatten(buildMenuTemplate({ isMac: false, isDev: false }) as Item[]);
    expect(items.filter((i) => i.click)).toEqual([]);
    expect(items.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(items.map((i) => i.role)).not.toContain('help');
  });

  it('adds reload and developer tools only in development', () => {
    const roles = flatten(buildMenuTemplate({ isMac: false, isDev: true }) as Item[]).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
