// Zoom of the whole window with Ctrl/⌘ + and − (and Ctrl/⌘ 0 back to 100 %), in Chromium's steps, kept for the next
// start on this computer. The app zooms itself (CSS zoom) rather than through the menu, so the keys work the same
// in the window and in tests, and the level can be shown and reset on screen.
import { useCallback, useEffect, useState } from 'react';
import { IS_MAC } from '../editor/hotkeys';

export const ZOOM_LEVELS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const STORAGE_KEY = 'medlegal.zoom';

function storedZoom(): number {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return (ZOOM_LEVELS as readonly number[]).includes(value) ? value : 1;
  } catch {
    return 1;
  }
}

/** The next level up or down from the current one. */
export function stepZoom(current: number, direction: 1 | -1): number {
  const i = ZOOM_LEVELS.findIndex((z) => z >= current);
  const at = i < 0 ? ZOOM_LEVELS.length - 1 : i;
  const next = direction > 0 ? (ZOOM_LEVELS[at] === current ? at + 1 : at) : at - 1;
  return ZOOM_LEVELS[Math.min(Math.max(next, 0), ZOOM_LEVELS.length - 1)]!;
}

export function useZoom(): { zoom: number; setZoom: (zoom: number) => void } {
  const [zoom, setZoomState] = useState(storedZoom);
  const setZoom = useCallback((next: number) => {
    setZoomState(next);
    try {
      localStorage.setItem(STORAGE_KEY, String(next));
    } catch {
      // Storage refused (a locked profile): the level still applies until the window closes.
    }
  }, []);

  useEffect(() => {
    document.documentElement.style.setProperty('zoom', String(zoom));
  }, [zoom]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(IS_MAC ? event.metaKey : event.ctrlKey) || event.altKey) return;
      // By character, so Ctrl+= and Ctrl+Shift+= (+) and the keypad's + and − all work.
      const step = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : event.key === '0' ? 0 : null;
      if (step === null) return;
      event.preventDefault();
      setZoom(step === 0 ? 1 : stepZoom(storedZoom(), step));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setZoom]);

  return { zoom, setZoom };
}
