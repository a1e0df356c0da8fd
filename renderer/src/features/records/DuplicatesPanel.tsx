// Exact duplicate pages: each original with the pages that repeat it. A repeat is left out of the pages to verify
// unless the physician ticks "Count this page" (e.g. the same form, signed again).
import { Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DuplicateGroup, DuplicatePage } from '../../../../electron/common/records/records-types';
import { useAction } from '../../hooks/use-action';
import { plural } from './records-format';
import { citePages } from '../../../../electron/common/records/page-citation';
import { recordsApi } from './records-api';

const SHOWN = 50;

const keyOf = (page: DuplicatePage) => `${page.fileId}:${page.pageNumber}`;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  group: {
    display: 'grid',
    gap: '2px',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  repeat: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    paddingLeft: tokens.spacingHorizontalL,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface DuplicatesPanelProps {
  groups: DuplicateGroup[];
  onOpenPage: (page: DuplicatePage) => void;
  onChanged: () => void;
}

export function DuplicatesPanel({ groups, onOpenPage, onChanged }: DuplicatesPanelProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  // The page whose "Count this page" was changed last; its box waits while the change is saved.
  const [changing, setChanging] = useState<string | null>(null);
  const { run: setCounted, busy } = useAction(async (page: DuplicatePage, counted: boolean) => {
    setChanging(keyOf(page));
    await recordsApi.setDuplicateCounted(page.fileId, page.pageNumber, counted);
    onChanged();
  });

  if (groups.length === 0) return <Caption1 className={styles.muted}>No duplicate pages found.</Caption1>;

  const link = (p: DuplicatePage) => (
    <Button
      size="small"
      appearance="transparent"
      onClick={() => onOpenPage(p)}
      aria-label={`Open ${citePages(p.fileName, p.pageNumber, p.pageNumber, p)}`}
    >
      {citePages(p.fileName, p.pageNumber, p.pageNumber, p)}
    </Button>
  );

  const shown = all ? groups : groups.slice(0, SHOWN);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <ul className={styles.list} aria-label="Duplicate pages">
        {shown.map((g) => (
          <li key={`${g.original.fileId}:${g.original.pageNumber}`} className={styles.group}>
            <span>
              <Caption1 className={styles.muted}>Original </Caption1>
              {link(g.original)}
            </span>
            {g.repeats.map((r) => {
              const cite = citePages(r.fileName, r.pageNumber, r.pageNumber, r);
              return (
                <span key={`${r.fileId}:${r.pageNumber}`} className={styles.repeat}>
                  <Caption1 className={styles.muted}>repeated in</Caption1>
                  {link(r)}
                  <Checkbox
                    label="Count this page"
                    aria-label={`Count ${cite}`}
                    checked={r.countIfDuplicate}
                    disabled={busy && changing === keyOf(r)}
                    onChange={(_, d) => void setCounted(r, d.checked === true)}
                  />
                </span>
              );
            })}
          </li>
        ))}
      </ul>
      {groups.length > SHOWN && (
        <div>
          <Button size="small" onClick={() => setAll((v) => !v)}>
            {all ? 'Show fewer' : `Show all ${plural(groups.length, 'duplicate group')}`}
          </Button>
        </div>
      )}
    </div>
  );
}
