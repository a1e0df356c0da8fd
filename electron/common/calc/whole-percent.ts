// Input checks shared by the impairment calculators: ratings are whole percents from 0 to 100.
import { AppFailure } from '../errors';

export function isWholePercent(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

/** Throws a message the physician can act on; `what` names the value, e.g. "Value 2 (right shoulder)". */
export function assertWholePercent(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new AppFailure('invalid-input', `${what} is not a number. Enter a whole percent from 0 to 100.`);
  }
  if (!Number.isInteger(value)) {
    throw new AppFailure(
      'invalid-input',
      `${what} is ${value}%, which is not a whole number. Round it to a whole percent (0–100) before combining or converting.`,
    );
  }
  if (value < 0 || value > 100) {
    throw new AppFailure('invalid-input', `${what} is ${value}%, outside 0–100%. Enter a whole percent from 0 to 100.`);
  }
}

export function countWords(text: string): number {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
