// Keyboard shortcuts of the editor, Word-like, with the labels shown in tooltips. Undo/redo come from slate-react itself.
import type { Mark } from '../../../electron/common/document/doc-model';
import type { BlockFormat } from './commands';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl';

export interface Shortcut<T> {
  action: T;
  key: string;
  shift?: boolean;
  alt?: boolean;
  label: string;
}

export const MARK_SHORTCUTS: Shortcut<Mark>[] = [
  { action: 'bold', key: 'b', label: `${MOD}+B` },
  { action: 'italic', key: 'i', label: `${MOD}+I` },
  { action: 'underline', key: 'u', label: `${MOD}+U` },
];

export const BLOCK_SHORTCUTS: Shortcut<BlockFormat>[] = [
  { action: 'paragraph', key: '0', alt: true, label: `${MOD}+Alt+0` },
  { action: 'heading-one', key: '1', alt: true, label: `${MOD}+Alt+1` },
  { action: 'heading-two', key: '2', alt: true, label: `${MOD}+Alt+2` },
  { action: 'heading-three', key: '3', alt: true, label: `${MOD}+Alt+3` },
  { action: 'numbered-list', key: '7', shift: true, label: `${MOD}+Shift+7` },
  { action: 'bulleted-list', key: '8', shift: true, label: `${MOD}+Shift+8` },
];

export function matches<T>(
  shortcut: Shortcut<T>,
  event: { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
): boolean {
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  if (!mod || event.shiftKey !== Boolean(shortcut.shift) || event.altKey !== Boolean(shortcut.alt)) return false;
  // Digits are matched by physical key: Shift+7 types "&" and Alt+1 may type another symbol on some layouts.
  if (/^\d$/.test(shortcut.key)) return event.code === `Digit${shortcut.key}`;
  return event.key.toLowerCase() === shortcut.key;
}
