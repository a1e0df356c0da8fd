// The main window's size, position and maximized state, kept in <userData>/window-state.json between runs. The rules
// (what to restore, when a saved position is off every screen) are pure and unit-tested; only track() touches a window.
import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1320, height: 900 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
const FILE_NAME = 'window-state.json';

const isRect = (v: unknown): v is Rect =>
  typeof v === 'object' &&
  v !== null &&
  ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));

/** The saved state, or null when there is none or it is unreadable (then the window opens at its default size). */
export function readWindowState(dir: string): WindowState | null {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, FILE_NAME), 'utf8')) as { bounds?: unknown; maximized?: unknown };
    return isRect(raw.bounds) ? { bounds: raw.bounds, maximized: raw.maximized === true } : null;
  } catch {
    return null;
  }
}

export function writeWindowState(dir: string, state: WindowState): void {
  fs.writeFileSync(path.join(dir, FILE_NAME), `${JSON.stringify(state)}\n`);
}

/**
 * Where the window opens: the saved bounds when at least a title-bar-sized part of them lies on a screen now connected
 * (a monitor may have been unplugged), sized no smaller than the minimum and no larger than that screen; otherwise the
 * default size, centred by the OS.
 */
export function restoredBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): Partial<Rect> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const b = saved.bounds;
  const visible = workAreas.find((a) => {
    const overlapX = Math.min(b.x + b.width, a.x + a.width) - Math.max(b.x, a.x);
    const overlapY = Math.min(b.y + 40, a.y + a.height) - Math.max(b.y, a.y);
    return overlapX >= 100 && overlapY >= 20;
  });
  if (!visible) return { ...DEFAULT_SIZE };
  return {
    x: b.x,
    y: b.y,
    width: Math.min(Math.max(b.width, MIN_SIZE.width), visible.width),
    height: Math.min(Math.max(b.height, MIN_SIZE.height), visible.height),
  };
}

/** The parts of BrowserWindow that tracking needs. */
export interface TrackedWindow {
  on(event: 'close', listener: () => void): unknown;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  getNormalBounds(): Rect;
}

/** Saves the window's state when it closes (one write per run; a crash keeps the previous state). */
export function trackWindowState(window: TrackedWindow, dir: string, onError: (error: unknown) => void): void {
  window.on('close', () => {
    try {
      writeWindowState(dir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() || window.isFullScreen() });
    } catch (error) {
      onError(error);
    }
  });
}
