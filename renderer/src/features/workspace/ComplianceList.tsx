// The compliance check before signing: every check for the case's template as pass / warning / missing, each a link to
// the place to fix it; the same result (sign-check.ts) marks the step rail and gates "Sign and export". Runs when the review
// step opens and on request. A warning can be dismissed for this case (a case value, through the workspace's autosave).
import { Badge, Body1, Button, Link, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef } from 'react';
import type { FieldValue } from '../../../../electron/common/case/structure-model';
import { DISMISSED_WARNINGS_VALUE, dismissKey, dismissalValue } from '../../../../electron/common/compliance/dismissals';
import type { ComplianceItem } from '../../../../electron/common/compliance/run-compliance-check';
import { flushAllAutosaves } from '../../hooks/use-autosave';
import { refreshSignCheck, setGoTo, showItems, useSignCheck, type GoTo } from '../signing/sign-check';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' },
  item: { display: 'grid', gridTemplateColumns: '88px 1fr auto', gap: '8px', alignItems: 'baseline' },
  head: { display: 'flex', gap: '12px', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const BADGE = {
  pass: { color: 'success', text: 'Pass' },
  warning: { color: 'warning', text: 'Warning' },
  missing: { color: 'danger', text: 'Missing' },
} as const;

const ORDER = { missing: 0, warning: 1, pass: 2 } as const;
/** Dismissed warnings go last, after the passes: the physician has already decided on them. */
const rank = (i: ComplianceItem) => (i.dismissed ? 3 : ORDER[i.status]);

export function ComplianceList({
  caseId,
  onGo,
  onSaveValues,
  secondView = false,
}: {
  caseId: string;
  onGo: GoTo;
  /** Saves case values through the workspace's autosave; left out (a signed case), warnings cannot be dismissed. */
  onSaveValues?: (patch: Record<string, FieldValue>) => void;
  /**
   * Another view of the list already on the step (the report preview's): it shows the shared result without checking the
   * whole report again on opening, and leaves the Sign panel's go-to to the step's list, which outlives it.
   */
  secondView?: boolean;
}) {
  const styles = useStyles();
  const { items, error } = useSignCheck(caseId);

  const run = useCallback(async () => {
    await flushAllAutosaves();
    await refreshSignCheck(caseId);
  }, [caseId]);

  useEffect(() => {
    if (!secondView) void run();
  }, [run, secondView]);

  // The Sign panel beside this list links what is missing through the same go-to; registered once, it calls the latest.
  const go = useRef(onGo);
  go.current = onGo;
  useEffect(() => {
    if (secondView) return;
    setGoTo(caseId, (target) => go.current(target));
    return () => setGoTo(caseId, null);
  }, [caseId, secondView]);

  const setDismissed = (item: ComplianceItem, dismissed: boolean) => {
    if (!items || !onSaveValues) return;
    onSaveValues({ [DISMISSED_WARNINGS_VALUE]: dismissalValue(items, dismissKey(item), dismissed) });
    showItems(
      caseId,
      items.map((i) => (i.id !== item.id ? i : dismissed ? { ...i, dismissed: true as const } : { ...i, dismissed: undefined })),
    );
  };

  const sorted = items ? [...items].sort((a, b) => rank(a) - rank(b)) : [];
  const counts = { missing: 0, warning: 0, pass: 0, dismissed: 0 };
  for (const i of sorted) counts[i.dismissed ? 'dismissed' : i.status]++;

  return (
    <section aria-label="Compliance check" style={{ display: 'grid', gap: 8 }}>
      <div className={styles.head}>
        <Subtitle1 as="h3">Compliance check</Subtitle1>
        {items && (
          <Body1 role="status">
            {counts.missing} missing, {counts.warning} {counts.warning === 1 ? 'warning' : 'warnings'}, {counts.pass} passed
            {counts.dismissed > 0 && `, ${counts.dismissed} dismissed`}
          </Body1>
        )}
        <Button size="small" icon={<ArrowSyncRegular />} onClick={() => void run()}>
          Check again
        </Button>
      </div>
      {error && <Body1 role="alert">{error}</Body1>}
      {!items && !error && <Spinner size="tiny" label="Checking the report…" />}
      <ul className={styles.list}>
        {sorted.map((item) => (
          <li key={item.id} className={styles.item} data-status={item.dismissed ? 'dismissed' : item.status}>
            {item.dismissed ? (
              <Badge appearance="outline" color="subtle">
                Dismissed
              </Badge>
            ) : (
              <Badge appearance={item.status === 'pass' ? 'outline' : 'filled'} color={BADGE[item.status].color}>
                {BADGE[item.status].text}
              </Badge>
            )}
            <span>
              {item.status === 'pass' ? <span>{item.label}</span> : <Link onClick={() => onGo(item.target)}>{item.label}</Link>}
              {item.status !== 'pass' && <span className={styles.muted}> — {item.message}</span>}
              {item.blocking && item.status === 'missing' && (
                <span className={styles.muted}> (needed before signing; a draft export is marked incomplete)</span>
              )}
            </span>
            {item.status === 'warning' && onSaveValues ? (
              <Button
                size="small"
                appearance="subtle"
                aria-label={`${item.dismissed ? 'Show again' : 'Dismiss'}: ${item.message}`}
                onClick={() => setDismissed(item, !item.dismissed)}
              >
                {item.dismissed ? 'Show again' : 'Dismiss'}
              </Button>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
