// The page totals the verification and the bill rest on: pages received per sender, duplicates, the pages to verify,
// pages received that could not be read, and pages still waiting for text recognition (OCR).
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseRecordTotals, NewSinceTotals } from '../../../../electron/common/records/records-types';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { count } from './records-format';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(9rem, 1fr))', gap: tokens.spacingHorizontalM },
  figure: {
    display: 'grid',
    gap: '2px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  value: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    lineHeight: tokens.lineHeightBase500,
  },
  key: { color: tokens.colorNeutralForeground2 },
  senders: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: '2px' },
});

function Figure({ label, value, detail }: { label: string; value: number; detail?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.figure} role="group" aria-label={`${label}: ${count(value)}`}>
      <span className={styles.value}>{count(value)}</span>
      <Caption1 className={styles.key}>{label}</Caption1>
      {detail && <Caption1 className={styles.key}>{detail}</Caption1>}
    </div>
  );
}

export function RecordTotals({
  totals,
  newSinceLastReport,
}: {
  totals: CaseRecordTotals;
  newSinceLastReport: NewSinceTotals | null;
}) {
  const styles = useStyles();
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div className={styles.grid} aria-label="Page totals" role="group">
        <Figure label="Pages received" value={totals.pagesReceived} />
        <Figure label="Duplicate pages" value={totals.duplicatePages} detail="not counted unless you count them" />
        <Figure label="Pages to verify" value={totals.pagesToVerify} detail="the count in your verification" />
        {newSinceLastReport && (
          <Figure
            label="New since the last report"
            value={newSinceLastReport.newPages}
            detail={`received after ${formatUsDate(newSinceLastReport.sinceDate)}, not previously reviewed (ML202/ML203)`}
          />
        )}
        {totals.pagesDamaged > 0 && (
          <Figure
            label="Could not be read"
            value={totals.pagesDamaged}
            detail="counted as received: ask the sender for a new copy"
          />
        )}
        <Figure
          label="Awaiting OCR"
          value={totals.pagesAwaitingOcr}
          detail={totals.pagesAwaitingOcr ? 'text recognition runs in the background' : 'all pages searchable'}
        />
      </div>
      {totals.senders.length > 0 && (
        <ul className={styles.senders} aria-label="Pages received per sender">
          {totals.senders.map((s) => (
            <li key={s.sender}>
              <Caption1>
                <strong>{s.sender}</strong>: {count(s.countedPages)} pages received
                {s.declaredPages !== null && `, ${count(s.declaredPages)} declared`}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
