// Money is integer cents everywhere in the calculators; this turns cents into the "$2,465.00" physicians bill with.

export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`Money must be a whole number of cents; got ${cents}.`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
