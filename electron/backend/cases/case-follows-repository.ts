// Rows of case_follows: the signed report a supplemental or addendum case follows (one per such case).
import type { PriorReport } from '../../common/case/supplemental';
import type { Db } from '../persistence/open-database';

interface FollowsRow {
  prior_case_id: string | null;
  prior_version: number;
  prior_signing_date: string;
  prior_template_title: string;
}

export function createCaseFollowsRepository(db: Db) {
  const byCase = db.prepare(
    'SELECT prior_case_id, prior_version, prior_signing_date, prior_template_title FROM case_follows WHERE case_id = ?',
  );
  const insert =
    db.prepare(`INSERT INTO case_follows (case_id, prior_case_id, prior_version, prior_signing_date, prior_template_title)
    VALUES (@caseId, @priorCaseId, @version, @signingDate, @templateTitle)`);

  return {
    get(caseId: string): PriorReport | null {
      const r = byCase.get(caseId) as FollowsRow | undefined;
      return r
        ? {
            caseId: r.prior_case_id,
            version: r.prior_version,
            signingDate: r.prior_signing_date,
            templateTitle: r.prior_template_title,
          }
        : null;
    },
    insert: (caseId: string, prior: PriorReport & { caseId: string }) =>
      insert.run({
        caseId,
        priorCaseId: prior.caseId,
        version: prior.version,
        signingDate: prior.signingDate,
        templateTitle: prior.templateTitle,
      }),
  };
}
