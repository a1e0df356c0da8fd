// The line under "Verification of pages reviewed": the figures the statement is printed from, kept current with the
// records step.
import { Body1, Caption1, tokens } from '@fluentui/react-components';
import { count } from './records-format';
import { useRecordsOverview } from './use-records-overview';

export function PageVerificationSummary({ caseId }: { caseId: string }) {
  const { overview, error } = useRecordsOverview(caseId);
  if (error) return <Body1 role="alert">{error}</Body1>;
  if (!overview) return null;
  const t = overview.totals;
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Body1 data-testid="page-verification-totals">
        Pages received {count(t.pagesReceived)}; duplicates {count(t.duplicatePages)}; pages to verify {count(t.pagesToVerify)}
      </Body1>
      <Caption1 style={{ color: tokens.colorNeutralForeground2 }}>
        The statement verifies the pages to verify: every page received, less the duplicates you have not chosen to count
        {t.batches.length === 0 ? '; with no records imported it states zero' : ''}.
      </Caption1>
    </div>
  );
}
