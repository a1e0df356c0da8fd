// The compliance check on the sample QME case, as the physician would see it before signing: complete once the
// physician's profile exists and the report is dated, with nothing missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempBackend, fixedClock, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;

beforeAll(() => {
  // The sample's exam is 11/02/2026; check it as of a day within the 30-day window.
  t = createTempBackend({ prefix: 'medlegal-sample-compliance-', now: fixedClock('2026-11-20') });
});
afterAll(async () => {
  await t.cleanup();
});

describe('compliance check on the sample QME case', () => {
  // Opening the sample imports its record set through the import workers: slow on a loaded two-core machine.
  it(
    'lists only what the physician must still do, then passes when profile and signing date are given',
    { timeout: 120_000 },
    async () => {
      const { id } = await t.invoke('cases:openSample', { sample: 'qme' });
      const before = await t.invoke('compliance:check', { caseId: id });
      const missingBefore = before
        .filter((i) => i.status === 'missing')
        .map((i) => i.id)
        .sort();
      expect(missingBefore).toEqual(['caption', 'declaration-lc4628j', 'signature']);

      await t.invoke('settings:saveProfile', {
        name: 'Avery J. Example, MD',
        credentials: 'MD, FAAOS',
        specialty: 'Orthopaedic Surgery',
        qmeNumber: 'QME-000000',
        defaultCounty: 'Los Angeles',
      });
      await t.invoke('caseData:saveValues', { caseId: id, values: { 'signing.date': '2026-11-20' } });
      const after = await t.invoke('compliance:check', { caseId: id });
      expect(after.filter((i) => i.status === 'missing')).toEqual([]);
      expect(after.filter((i) => i.status === 'pass').length).toBeGreaterThan(25);
    },
  );
});
