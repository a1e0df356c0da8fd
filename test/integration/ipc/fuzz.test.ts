// The short fuzz of the IPC boundary (the long one is `npm run check:fuzz`): payloads shaped by each channel's schema,
// mostly near-valid, through the real registry over a data folder with patient data. Every reply is a Result with a known
// code; none is an internal failure, a stack trace, the data folder's path or patient data the payload did not carry.
import { describe, expect, it } from 'vitest';
import { fuzzTempBackend } from '../../helpers/ipc-fuzz';

describe('fuzzed IPC payloads', () => {
  it('are each answered with a clean Result', { timeout: 240_000 }, async () => {
    const findings = await fuzzTempBackend(1_000, 20261207);
    expect(findings.problems).toEqual([]);
    expect(findings.payloads).toBe(1_000);
    // Near-valid enough to reach the handlers, not only the parser.
    expect(findings.succeeded).toBeGreaterThan(60);
  });
});
