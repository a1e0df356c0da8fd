// Reads what the physician typed into a whole-number field (percent, days, pages, counts) and says what is wrong in plain
// words; shared by the discussion and records forms.

export type ParsedWholeNumber = { ok: true; value: number | null } | { ok: false; message: string };

/** Empty is null (or an error when required); anything else must be a whole number within min–max. */
export function parseWholeNumber(text: string, min: number, max: number, unit: string, required: boolean): ParsedWholeNumber {
  const t = text.trim();
  const range = `Enter a whole number from ${min} to ${max}${unit}.`;
  if (t === '') return required ? { ok: false, message: range } : { ok: true, value: null };
  const n = Number(t);
  if (!Number.isFinite(n) || !Number.isInteger(n)) return { ok: false, message: range };
  if (n < min) return { ok: false, message: `Enter ${min}${unit} or more.` };
  if (n > max) return { ok: false, message: `Enter ${max}${unit} or less.` };
  return { ok: true, value: n };
}
