// Rows of case_signatures: one per signed version of a case. Version 1 until first signed; a signed version stays current
// until reopened for editing, which starts the next one.
import type { CaseSigningState, SignedVersion } from '../../common/case/signing-model';
import type { Db } from '../persistence/open-database';

interface SignatureRow {
  version: number;
  signed_at: string;
  signing_date: string;
  county: string;
  reopened_at: string | null;
}

const toSigned = (r: SignatureRow): SignedVersion => ({
  version: r.version,
  signedAt: r.signed_at,
  signingDate: r.signing_date,
  county: r.county,
});

export function createCaseVersionsRepository(db: Db) {
  const signatures = db.prepare(
    'SELECT version, signed_at, signing_date, county, reopened_at FROM case_signatures WHERE case_id = ? ORDER BY version DESC',
  );
  const insertSignature = db.prepare(`INSERT INTO case_signatures (case_id, version, signed_at, signing_date, county)
    VALUES (@caseId, @version, @signedAt, @signingDate, @county)`);
  const reopen = db.prepare(
    'UPDATE case_signatures SET reopened_at = ? WHERE case_id = ? AND version = ? AND reopened_at IS NULL',
  );

  return {
    state(caseId: string): CaseSigningState {
      const rows = signatures.all(caseId) as SignatureRow[];
      const latest = rows[0];
      if (!latest) return { version: 1, signedVersion: null, previousVersions: [] };
      if (latest.reopened_at) return { version: latest.version + 1, signedVersion: null, previousVersions: rows.map(toSigned) };
      return { version: latest.version, signedVersion: toSigned(latest), previousVersions: rows.slice(1).map(toSigned) };
    },
    insertSignature: (s: SignedVersion & { caseId: string }) => insertSignature.run(s),
    markReopened: (caseId: string, version: number, at: string) => reopen.run(at, caseId, version).changes > 0,
  };
}
