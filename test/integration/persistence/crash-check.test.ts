// The short crash check (the long one is `npm run check:crash`): the backend killed with SIGKILL mid-work, again and again,
// keeps every acknowledged save and leaves no hidden copy of a report beside it after the next start.
import { describe, expect, it } from 'vitest';
import { crashCheck } from '../../helpers/crash-check';

describe('killed while saving and exporting', () => {
  it('loses no acknowledged save and leaves no hidden report copy', { timeout: 240_000 }, async () => {
    const findings = await crashCheck(4, 20261207);
    expect(findings.problems).toEqual([]);
    expect(findings.kills).toBe(4);
    // The kills landed mid-work: saves had been acknowledged before them.
    expect(findings.acknowledged).toBeGreaterThan(4);
  });
});
