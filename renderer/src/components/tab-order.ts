// The page's Tab order, for controls that must move the focus as Tab would without letting the browser do it
// (a date input otherwise keeps Tab for its own month/day/year parts).
const CANDIDATES =
  'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex], [contenteditable="true"], [contenteditable=""]';

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || el.closest('[inert], [aria-hidden="true"]')) return false;
  if (el.getClientRects().length === 0) return false;
  // A radio group is one stop: its checked button, or its first when none is checked.
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
    const group = [...(el.form ?? document).querySelectorAll<HTMLInputElement>(`input[type="radio"]`)].filter(
      (r) => r.name === el.name,
    );
    const stop = group.find((r) => r.checked) ?? group[0];
    return stop === el;
  }
  return true;
}

/** The element Tab (step 1) or Shift+Tab (step −1) reaches from `from`, inside an open modal dialog if it is in one. */
export function adjacentTabbable(from: HTMLElement, step: 1 | -1): HTMLElement | undefined {
  const scope = from.closest<HTMLElement>('[aria-modal="true"]') ?? document.body;
  const all = [...scope.querySelectorAll<HTMLElement>(CANDIDATES)].filter((el) => el === from || isTabbable(el));
  const at = all.indexOf(from);
  if (at < 0) return undefined;
  return all[at + step];
}
