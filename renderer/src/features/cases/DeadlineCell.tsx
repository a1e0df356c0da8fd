// The case list's due date: the date, the days left in words, and colour only as a second signal beside them.
import { Badge, Caption1, Tooltip } from '@fluentui/react-components';
import type { CaseStatus, NextDeadline } from '../../../../electron/common/case/case-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  drafting: 'Drafting',
  'ready-to-sign': 'Ready to sign',
  signed: 'Signed',
  served: 'Served',
};

const COLOR = { overdue: 'danger', 'due-within-5': 'danger', 'due-within-10': 'warning', ok: 'informative' } as const;

function daysInWords(days: number): string {
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'due today';
  return `${days} day${days === 1 ? '' : 's'} left`;
}

export function DeadlineCell({ deadline }: { deadline: NextDeadline | null }) {
  if (!deadline) return <Caption1>—</Caption1>;
  return (
    <Tooltip content={deadline.label} relationship="description">
      <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
        {formatUsDate(deadline.date)}
        <Badge appearance={deadline.urgency === 'ok' ? 'outline' : 'filled'} color={COLOR[deadline.urgency]}>
          {daysInWords(deadline.daysLeft)}
        </Badge>
      </span>
    </Tooltip>
  );
}
