// The find and replace bar of the case workspace (Ctrl+F, Ctrl+H): searches every section and answer of the report,
// says how many matches and which one is shown, and replaces one or all. Enter / Shift+Enter move, Escape closes.
import { Button, Caption1, Checkbox, Input, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FindTarget } from './find-targets';
import { useFindInReport } from './use-find-in-report';

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, flexBasis: '16rem', maxWidth: '28rem' },
  count: { minWidth: '9rem', color: tokens.colorNeutralForeground2 },
});

export interface FindBarProps {
  caseId: string;
  targets: readonly FindTarget[];
  /** Start with the replace row open (Ctrl+H). */
  replace: boolean;
  show: (target: FindTarget) => void;
  onClose: () => void;
}

export function FindBar({ caseId, targets, replace, show, onClose }: FindBarProps) {
  const styles = useStyles();
  const find = useFindInReport({ caseId, targets, show });
  const [replacing, setReplacing] = useState(replace);
  const [replacement, setReplacement] = useState('');
  const findRef = useRef<HTMLInputElement>(null);

  useEffect(() => setReplacing((r) => r || replace), [replace]);
  useEffect(() => findRef.current?.focus(), [replace]);

  const shown = find.matches[find.current];
  const count =
    find.query === ''
      ? 'Type to search the report'
      : find.matches.length === 0
        ? 'No matches'
        : shown
          ? `${find.current + 1} of ${find.matches.length} · ${shown.target.title}`
          : `${find.matches.length} ${find.matches.length === 1 ? 'match' : 'matches'}`;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault();
      if (event.shiftKey) find.previous();
      else find.next();
    }
  };

  return (
    <div role="search" aria-label="Find in report" className={styles.bar}>
      <div className={styles.row}>
        <Input
          ref={findRef}
          className={styles.input}
          aria-label="Find in report"
          placeholder="Find in report"
          value={find.query}
          onChange={(_, d) => find.setQuery(d.value)}
          onKeyDown={onKeyDown}
        />
        <Caption1 className={styles.count} role="status" aria-live="polite">
          {count}
        </Caption1>
        <Tooltip content="Previous match (Shift+Enter)" relationship="label">
          <Button icon={<ArrowUpRegular />} disabled={find.matches.length === 0} onClick={find.previous} />
        </Tooltip>
        <Tooltip content="Next match (Enter)" relationship="label">
          <Button icon={<ArrowDownRegular />} disabled={find.matches.length === 0} onClick={find.next} />
        </Tooltip>
        <Checkbox
          label="Match case"
          checked={find.options.matchCase}
          onChange={(_, d) => find.setOptions({ ...find.options, matchCase: d.checked === true })}
        />
        <Checkbox
          label="Whole words"
          checked={find.options.wholeWord}
          onChange={(_, d) => find.setOptions({ ...find.options, wholeWord: d.checked === true })}
        />
        {!replacing && (
          <Button appearance="subtle" onClick={() => setReplacing(true)}>
            Replace…
          </Button>
        )}
        <Tooltip content="Close (Escape)" relationship="label">
          <Button appearance="subtle" icon={<DismissRegular />} onClick={onClose} />
        </Tooltip>
      </div>
      {replacing && (
        <div className={styles.row}>
          <Input
            className={styles.input}
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(_, d) => setReplacement(d.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onKeyDown(event);
              else if (event.key === 'Enter') {
                event.preventDefault();
                find.replaceOne(replacement);
              }
            }}
          />
          <Button disabled={find.matches.length === 0} onClick={() => find.replaceOne(replacement)}>
            Replace
          </Button>
          <Button disabled={find.matches.length === 0 || find.busy} onClick={() => void find.replaceEverywhere(replacement)}>
            Replace all
          </Button>
        </div>
      )}
    </div>
  );
}
