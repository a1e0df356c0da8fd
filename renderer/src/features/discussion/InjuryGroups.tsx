// The frame the impairment and apportionment editors share: one headed section per injury (and one for entries of
// injuries removed since), and the Undo notice for their removals.
import { Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';
import type { Injury } from '../../../../electron/common/case/structure-model';
import { RemovedNotice, useEditorStyles, type PendingUndo } from '../../components/list-editing';
import { injuryHeading } from './discussion-labels';

/** The entries whose injury is no longer in the case. */
export function orphansOf<T extends { injuryId: string }>(items: readonly T[], injuries: readonly Injury[]): T[] {
  return items.filter((item) => !injuries.some((injury) => injury.id === item.injuryId));
}

/** The frame takes focus when the Undo notice goes while focused, since the control that was removed is gone. */
export function InjuryGroups({ undo, children }: { undo: PendingUndo; children: ReactNode }) {
  const local = useStyles();
  const topRef = useRef<HTMLDivElement>(null);
  return (
    <div ref={topRef} tabIndex={-1} className={local.groups}>
      {children}
      <RemovedNotice removal={undo.removal} onUndo={undo.undo} fallbackFocus={topRef} />
    </div>
  );
}

/** One injury's section (`injury` undefined: the injuries no longer in the case), headed as in Case & parties. */
export function InjuryGroup({
  label,
  injury,
  number,
  children,
}: {
  label: string;
  injury: Injury | undefined;
  number: number;
  children: ReactNode;
}) {
  const styles = useEditorStyles();
  const local = useStyles();
  return (
    <section aria-label={label} className={styles.list}>
      <Body1Strong as="h4" className={local.heading}>
        {injuryHeading(injury, number)}
      </Body1Strong>
      {children}
    </section>
  );
}

const useStyles = makeStyles({
  groups: { display: 'grid', gap: tokens.spacingVerticalXL, outline: 'none' },
  heading: { margin: 0 },
});
