// The kept revisions, newest first, as a listbox: one Tab stop, ↑ ↓ Home End choose (the preview follows).
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { RevisionSummary } from '../../../../electron/common/document/revision-model';
import { formatWords } from '../find/word-count';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    alignContent: 'start',
    overflowY: 'auto',
    maxHeight: '56vh',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  option: { display: 'grid', gap: '2px', padding: '6px 10px', cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function RevisionList({
  revisions,
  selectedId,
  onSelect,
}: {
  revisions: RevisionSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const styles = useStyles();
  // The dialog opened before the list arrived: the focus comes here, so the arrows work at once.
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => listRef.current?.focus(), []);
  const at = revisions.findIndex((r) => r.id === selectedId);
  const onKeyDown = (event: KeyboardEvent) => {
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: revisions.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = revisions[Math.max(0, Math.min(revisions.length - 1, to))];
    if (next) {
      onSelect(next.id);
      document.getElementById(`revision-${next.id}`)?.scrollIntoView({ block: 'nearest' });
    }
  };
  return (
    <div
      ref={listRef}
      role="listbox"
      aria-label="Versions, newest first"
      tabIndex={0}
      className={styles.list}
      aria-activedescendant={selectedId === null ? undefined : `revision-${selectedId}`}
      onKeyDown={onKeyDown}
    >
      {revisions.map((r) => (
        <div
          key={r.id}
          id={`revision-${r.id}`}
          role="option"
          aria-selected={r.id === selectedId}
          className={`${styles.option} ${r.id === selectedId ? styles.selected : ''}`}
          onClick={() => onSelect(r.id)}
        >
          <span>
            {when(r.savedAt)} {r.label && <Badge appearance="tint">{r.label}</Badge>}
          </span>
          <Caption1>
            {r.author} · {formatWords(r.words)}
          </Caption1>
        </div>
      ))}
    </div>
  );
}
