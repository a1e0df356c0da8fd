// Read-only deadlines from the discussion summary: the report due date with the rule that made it, the last day to
// request an extension (QME Form 112), and the days left in words and colour (overdue, 5 days or fewer, 10 days or fewer).
import { Badge, Body1, Body1Strong, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { DeadlineSummary } from '../../../../electron/common/case/discussion-summary';
import {
  DEADLINE_RULES,
  type ComputedDeadline,
  type DeadlineUrgency,
  type Urgency,
} from '../../../../electron/common/calc/deadlines';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { EmptyState } from '../../components/list-editing';

export interface DeadlinePanelProps {
  /** summary.deadlines */
  deadlines: DeadlineSummary;
}

const T = DEADLINE_RULES.urgency;
const URGENCY_WORDS: Record<Urgency, string> = {
  overdue: 'Overdue',
  'due-within-5': `${T['due-within-5']} days or fewer left`,
  'due-within-10': `${T['due-within-10']} days or fewer left`,
  ok: 'On track',
};
const URGENCY_COLOR = { overdue: 'danger', 'due-within-5': 'danger', 'due-within-10': 'warning', ok: 'success' } as const;

export function DeadlinePanel({ deadlines: d }: DeadlinePanelProps) {
  const local = useStyles();
  const due = d.effectiveDue;
  return (
    <section aria-label="Deadlines" className={local.panel}>
      {d.problems.map((p) => (
        <MessageBar key={p} intent="error">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      {!due && d.problems.length === 0 && (
        <EmptyState>
          {d.notes[0] ?? 'Enter the exam date, or the due date from the referral, to see the report deadline.'}
        </EmptyState>
      )}
      {due && (
        <>
          <DeadlineLine
            title={d.extended ? 'Report due (after the approved extension)' : 'Report due'}
            deadline={due}
            urgency={d.urgency}
            urgencyLabel="Days left for the report"
          />
          {d.extended && d.reportDue && <DeadlineLine title="Originally due" deadline={d.reportDue} />}
          {d.form112 && (
            <DeadlineLine
              title="Last day to request an extension (QME Form 112)"
              deadline={d.form112}
              urgency={d.extended ? null : d.form112Urgency}
              urgencyLabel="Days left to request an extension"
            />
          )}
          {d.notes.map((n) => (
            <Caption1 key={n} className={local.muted}>
              {n}
            </Caption1>
          ))}
        </>
      )}
    </section>
  );
}

interface DeadlineLineProps {
  title: string;
  deadline: ComputedDeadline;
  urgency?: DeadlineUrgency | null;
  urgencyLabel?: string;
}

function DeadlineLine({ title, deadline, urgency, urgencyLabel }: DeadlineLineProps) {
  const local = useStyles();
  return (
    <div className={local.line}>
      <div className={local.head}>
        <Body1Strong>{title}:</Body1Strong>
        <Body1>{formatUsDate(deadline.date)}</Body1>
        {urgency && (
          <span role="status" aria-label={urgencyLabel} className={local.head}>
            <Body1>{urgency.message}</Body1>
            <Badge appearance={urgency.urgency === 'ok' ? 'outline' : 'filled'} color={URGENCY_COLOR[urgency.urgency]}>
              {URGENCY_WORDS[urgency.urgency]}
            </Badge>
          </span>
        )}
      </div>
      <Caption1 className={local.muted}>{deadline.explanation}</Caption1>
      {deadline.warnings.map((w) => (
        <Caption1 key={w} className={local.warning}>
          {w}
        </Caption1>
      ))}
    </div>
  );
}

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalM },
  line: { display: 'grid', gap: tokens.spacingVerticalXXS },
  head: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
