// Warnings the physician has dismissed: kept with the case as one entered value (a JSON list of keys), so the review
// panel, the export and a reopened case all see the same list. A key names the check and its exact message, so a
// warning that changes (another code, another sentence) comes back.

/** The case value holding the keys; not a template field, so it is never printed. */
export const DISMISSED_WARNINGS_VALUE = 'review.dismissedWarnings';

/** FNV-1a, 32 bits: short and stable across runs and machines; collisions would only hide one warning. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export const dismissKey = (item: { id: string; message: string }): string => `${item.id}#${hash(item.message)}`;

export function readDismissed(value: unknown): Set<string> {
  if (typeof value !== 'string' || value === '') return new Set();
  try {
    const parsed: unknown = JSON.parse(value);
    return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    // A damaged value dismisses nothing: every warning shows again, which is the safe side.
    return new Set();
  }
}

/**
 * The value to save after dismissing (or showing again) one warning: the keys of the warnings dismissed now. Keys of
 * warnings the check no longer reports drop out, so the list never outgrows today's answer; null removes the value.
 */
export function dismissalValue(
  items: readonly { id: string; message: string; status: string; dismissed?: boolean }[],
  key: string,
  dismissed: boolean,
): string | null {
  const keys = items
    .filter((i) => i.status === 'warning' && i.dismissed)
    .map(dismissKey)
    .filter((k) => k !== key);
  if (dismissed) keys.push(key);
  return keys.length ? JSON.stringify(keys) : null;
}
