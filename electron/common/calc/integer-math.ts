// Exact integer arithmetic for ratings and money: every rounding in the calculators goes through here,
// so "half up" means the same thing everywhere and no float error can move a result across a .5 boundary.

/** round(numerator / denominator), halves rounded up; both arguments are non-negative integers, denominator > 0. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function divideRoundHalfUpBig(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Exact decimal text of numerator / 10^places with trailing zeros dropped: (920, 2) -> "9.2", (4400, 2) -> "44". */
export function decimalText(numerator: number | bigint, places: number): string {
  const n = BigInt(numerator);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const scale = 10n ** BigInt(places);
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Like decimalText but always with at least two decimals: (200, 2) -> "2.00", (2970000, 6) -> "2.97", (1485, 3) -> "1.485". */
export function multiplierText(numerator: number | bigint, places: number): string {
  const text = decimalText(numerator, places);
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** A factor stored as hundredths (40 -> "0.40", 200 -> "2.00"), the way the Guides and fee schedules print them. */
export function factorText(hundredths: number): string {
  return (hundredths / 100).toFixed(2);
}
