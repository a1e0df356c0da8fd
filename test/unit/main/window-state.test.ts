// Window size and position between runs: restored where the user left the window, unless that place is on no connected
// screen any more; sizes stay within the minimum and the screen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  readWindowState,
  restoredBounds,
  trackWindowState,
  writeWindowState,
  type Rect,
} from '../../../electron/main/windows/window-state';

const screen: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
const second: Rect = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('restoredBounds', () => {
  it.each<[string, Parameters<typeof restoredBounds>[0], Rect[], ReturnType<typeof restoredBounds>]>([
    ['first run: default size, placed by the OS', null, [screen], { ...DEFAULT_SIZE }],
    [
      'where it was',
      { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false },
      [screen],
      { x: 100, y: 80, width: 1200, height: 800 },
    ],
    [
      'on the second screen',
      { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: false },
      [screen, second],
      { x: 2000, y: 50, width: 1000, height: 700 },
    ],
    [
      'second screen unplugged: default',
      { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: false },
      [screen],
      { ...DEFAULT_SIZE },
    ],
    [
      'title bar above every screen: default',
      { bounds: { x: 100, y: -500, width: 1000, height: 400 }, maximized: false },
      [screen],
      { ...DEFAULT_SIZE },
    ],
    [
      'too small: the minimum',
      { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false },
      [screen],
      { x: 10, y: 10, width: 900, height: 600 },
    ],
    [
      'larger than the screen: the screen',
      { bounds: { x: 0, y: 0, width: 4000, height: 3000 }, maximized: false },
      [screen],
      { x: 0, y: 0, width: 1920, height: 1080 },
    ],
  ])('%s', (_name, saved, screens, expected) => {
    expect(restoredBounds(saved, screens)).toEqual(expected);
  });
});

describe('saved state', () => {
  it('is written on close and read back; a damaged file means defaults', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-window-'));
    try {
      expect(readWindowState(dir)).toBeNull();
      let onClose = () => undefined as void;
      const window = {
        on: (_event: 'close', listener: () => void) => (onClose = listener),
        isMaximized: () => true,
        isFullScreen: () => false,
        getNormalBounds: () => ({ x: 5, y: 6, width: 1000, height: 700 }),
      };
      trackWindowState(window, dir, (error) => {
        throw error;
      });
      onClose();
      expect(readWindowState(dir)).toEqual({ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true });
      fs.writeFileSync(path.join(dir, 'window-state.json'), '{"bounds":{"x":"a"}}');
      expect(readWindowState(dir)).toBeNull();
      writeWindowState(dir, { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: false });
      expect(readWindowState(dir)?.bounds.x).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
