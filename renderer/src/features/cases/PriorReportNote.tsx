// On the case step of a supplemental or addendum: the signed report the case follows, so the physician sees which report
// its "new since" records, questions and opinions are measured against.
import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PriorReport } from '../../../../electron/common/case/supplemental';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { casesApi } from './cases-api';
import { requestOpenCase } from './open-case-event';

export function PriorReportNote({ caseId }: { caseId: string }) {
  const [prior, setPrior] = useState<PriorReport | null>(null);
  useEffect(() => {
    let live = true;
    // The note is a pointer, not data the page needs: a failed read only leaves it out.
    casesApi.priorReport(caseId).then(
      (p) => live && setPrior(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caseId]);
  if (!prior) return null;
  return (
    <MessageBar intent="info" aria-label="Report this case follows">
      <MessageBarBody>
        Follows your report of {formatUsDate(prior.signingDate)} ({prior.templateTitle}
        {prior.version > 1 ? `, version ${prior.version}` : ''}). Records imported here are the ones received since; only their
        pages are counted and billed.{' '}
        {prior.caseId && (
          // Opening another case changes nothing here, so a signed supplemental lets it through (SignedGuard).
          <Link as="button" data-allow-when-signed onClick={() => requestOpenCase(prior.caseId!)}>
            Open the earlier case
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
