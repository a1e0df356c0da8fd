// The preload's one main → window channel: the page hears only the menu's fixed commands, never the IPC event, and can
// stop listening.
import { describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: vi.fn(),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
  webUtils: { getPathForFile: vi.fn() },
}));
await import('../../../electron/preload/index');

type MenuBridge = { onMenuCommand(callback: (command: string) => void): () => void };

describe('medlegalMenu.onMenuCommand', () => {
  it('passes the fixed commands only, without the event, and unsubscribes', () => {
    const bridge = exposed.get('medlegalMenu') as MenuBridge;
    const heard: unknown[][] = [];
    const stop = bridge.onMenuCommand((...args) => heard.push(args));
    const send = listeners.get('menu:command')!;
    for (const command of ['new-case', 'open-sample', 'export', 'settings', 'delete-everything', { toString: () => 'export' }])
      send({ sender: 'ipc event' }, command);
    expect(heard).toEqual([['new-case'], ['open-sample'], ['export'], ['settings']]);
    stop();
    expect(listeners.has('menu:command')).toBe(false);
  });

  it('keeps the bridge frozen', () => {
    expect(Object.isFrozen(exposed.get('medlegalMenu'))).toBe(true);
  });
});
