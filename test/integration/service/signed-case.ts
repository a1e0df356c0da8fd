// A signed case without the export pipeline: the fixture QME case saved into a backend and its version 1 marked signed the
// way "Sign and export" marks it, so the service tests do not depend on what signing checks or writes.
import type { Backend } from '../../../electron/backend/create-backend';
import { putFixtureQmeCase } from '../export/seed-qme-case';

/** Saves the fixture case, signs version 1 on the given date, and returns the case id. */
export async function putSignedFixtureCase(backend: Backend, signingDate: string): Promise<string> {
  const caseId = await putFixtureQmeCase(backend, { withoutSigningDate: true });
  backend.db.transaction(() => {
    backend.services.caseData.saveValues(caseId, { 'signing.date': signingDate, 'signing.county': 'Los Angeles' });
    backend.services.cases.markSigned(caseId, {
      version: 1,
      signedAt: new Date().toISOString(),
      signingDate,
      county: 'Los Angeles',
    });
  })();
  return caseId;
}
