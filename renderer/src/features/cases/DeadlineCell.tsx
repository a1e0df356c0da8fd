// The case list's due date: the date, the days left in words, and colour only as a second signal beside them; a served
// case shows when it was served instead. The badge wraps under the date in a narrow column rather than being cut off.
import { Badge, Caption1, Tooltip, makeStyles } from '@fluentui/react-components';
import type { CaseStatus, NextDeadline } from '../../../../electron/common/case/case-model';
import { describeService, type ServiceRecord } from '../../../../electron/common/case/report-service';
import { formatUsDate } from '../../../../electron/common/util/iso-date';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  drafting: 'Drafting',
  'ready-to-sign': 'Ready to sign',
  signed: 'Signed',
  served: 'Served',
};

const COLOR = { overdue: 'danger', 'due-within-5': 'danger', 'due-within-10': 'warning', ok: 'informative' } as const;

const useStyles = makeStyles({
  cell: { display: 'inline-flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '2px', alignItems: 'center', maxWidth: '100%' },
  nowrap: { whiteSpace: 'nowrap' },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

function daysInWords(days: number): string {
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'due today';
  return `${days} day${days === 1 ? '' : 's'} left`;
}

export function DeadlineCell({ deadline, served }: { deadline: NextDeadline | null; served: ServiceRecord | null }) {
  const styles = useStyles();
  if (!deadline && served) {
    return (
      <Tooltip content={describeService(served)} relationship="description">
        <span className={styles.nowrap}>Served {formatUsDate(served.servedOn)}</span>
      </Tooltip>
    );
  }
  if (!deadline) return <Caption1>—</Caption1>;
  return (
    <Tooltip content={deadline.label} relationship="description">
      <span className={styles.cell}>
        <span className={styles.nowrap}>{formatUsDate(deadline.date)}</span>
        <Badge
          className={styles.badge}
          appearance={deadline.urgency === 'ok' ? 'outline' : 'filled'}
          color={COLOR[deadline.urgency]}
        >
          {daysInWords(deadline.daysLeft)}
        </Badge>
      </span>
    </Tooltip>
  );
}
