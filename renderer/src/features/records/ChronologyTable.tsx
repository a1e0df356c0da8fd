// The chronology as a virtualised grid (only the rows in view are in the DOM, and only those are read from the
// backend, so 2,000 entries open and scroll smoothly): No., date, author/provider, facility, type, pages cited, relied
// upon. Click or Enter selects a row and opens its cited page; arrow keys, Home and End move between rows.
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ChronologyRow } from '../../../../electron/common/records/records-types';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { citePages } from '../../../../electron/common/records/page-citation';
import type { ChronologyWindow } from './chronology-window';

const ROW_HEIGHT = 36;
// The narrowest widths still show a date, a name and a citation; the grid's minimum (CHRONOLOGY_MIN_WIDTH) lets it sit
// beside the page viewer in a 1440-pixel window once the guidance is folded away.
const COLUMNS = '2.75rem 5.75rem minmax(6rem, 1.2fr) minmax(4.5rem, 1fr) minmax(4.5rem, 1fr) minmax(6.5rem, 1.1fr) 4.75rem';
export const CHRONOLOGY_MIN_WIDTH = '34.75rem';

const useStyles = makeStyles({
  frame: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Grows with the entries up to a screenful, then scrolls.
  scroller: { maxHeight: 'min(56vh, 560px)', overflow: 'auto', position: 'relative' },
  inner: { minWidth: CHRONOLOGY_MIN_WIDTH },
  row: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    alignItems: 'center',
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    height: `${ROW_HEIGHT}px`,
    cursor: 'default',
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorNeutralBackground3 },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  citeCell: { display: 'flex', minWidth: 0 },
  citeFile: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: '2rem' },
  // 'pre' keeps the leading space between the file name and "p. 3".
  citePages: { flexShrink: 0, whiteSpace: 'pre' },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

/** The scroller's largest height (56vh, at most 560 pixels): the rows drawn before its size is known. */
const INITIAL_RECT = { width: 0, height: 560 };

/**
 * The scroller's size from its ResizeObserver only. The library's default also reads clientHeight when the grid
 * mounts, which forced a layout of the whole records step inside React's commit (a long task on opening the step).
 */
function observeScrollerRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  const el = instance.scrollElement;
  if (!el) return;
  const observer = new ResizeObserver((entries) => {
    const box = entries.at(-1)?.contentRect;
    if (box) cb({ width: Math.round(box.width), height: Math.round(box.height) });
  });
  observer.observe(el);
  return () => observer.disconnect();
}

export interface ChronologyTableProps {
  list: ChronologyWindow;
  /** Positions first..last (0-based) are in view: their rows are wanted. */
  onShow: (first: number, last: number) => void;
  selectedId: string | null;
  /** The selected entry's position, or -1. */
  selectedIndex: number;
  onSelect: (row: ChronologyRow) => void;
}

function citationOf(e: ChronologyRow): string {
  return e.source && e.sourceFileName
    ? citePages(e.sourceFileName, e.source.pageFrom, e.source.pageTo, e.sourceMarks?.first ?? null, e.sourceMarks?.last ?? null)
    : '';
}

export function ChronologyTable({ list, onShow, selectedId, selectedIndex, onSelect }: ChronologyTableProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const { total, rows } = list;
  const [focusIndex, setFocusIndex] = useState(Math.max(0, selectedIndex));
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  const keepIndex = useRef(focusIndex);
  keepIndex.current = Math.min(focusIndex, total - 1);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
    getItemKey: useCallback((i: number) => rows[i]?.id ?? `at-${i}`, [rows]),
    initialRect: INITIAL_RECT,
    observeElementRect: observeScrollerRect,
    // The row holding keyboard focus stays mounted when scrolled out of view, so focus is not lost to the page.
    rangeExtractor: (range: Range) => {
      const rows = defaultRangeExtractor(range);
      const keep = keepIndex.current;
      return keep >= 0 && !rows.includes(keep) ? [...rows, keep].sort((a, b) => a - b) : rows;
    },
  });

  // Selecting from outside (a new entry, a citation) brings that row into view.
  useEffect(() => {
    if (selectedIndex < 0) return;
    setFocusIndex(selectedIndex);
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const [first, last] = [items[0]?.index ?? 0, items.at(-1)?.index ?? 0];
  useEffect(() => onShow(first, last), [first, last, list, onShow]);

  // A row not read yet is not in the page: focus waits for it.
  useEffect(() => {
    if (pendingFocus === null) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${pendingFocus}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      setPendingFocus(null);
    }
  });

  const clampIndex = Math.min(focusIndex, Math.max(0, total - 1));
  const moveTo = (index: number) => {
    const next = Math.min(Math.max(0, index), total - 1);
    setFocusIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setPendingFocus(next);
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      PageDown: () => moveTo(index + page),
      PageUp: () => moveTo(index - page),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => rows[index] && onSelect(rows[index]),
      ' ': () => rows[index] && onSelect(rows[index]),
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };

  if (total === 0)
    return (
      <div className={mergeClasses(styles.frame, styles.empty)}>
        No entries yet. Add one for each record you review: its date, author, type and cited pages, with a short summary of what
        matters for the disputed issues.
      </div>
    );

  return (
    <div className={styles.frame}>
      <div ref={scroller} className={styles.scroller}>
        <div
          role="grid"
          aria-label="Chronology"
          aria-rowcount={total + 1}
          aria-colcount={7}
          className={styles.inner}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.header)}>
            {['No.', 'Date', 'Author or provider', 'Facility', 'Type', 'Pages cited', 'Relied on'].map((h, i) => (
              <div key={h} role="columnheader" className={mergeClasses(styles.cell, i === 0 && styles.num)}>
                {h}
              </div>
            ))}
          </div>
          {items.map((item) => {
            const e = rows[item.index];
            if (!e) return null;
            const cite = citationOf(e);
            const selected = e.id === selectedId;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                data-row-index={item.index}
                tabIndex={item.index === clampIndex ? 0 : -1}
                className={mergeClasses(styles.row, selected && styles.selected)}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
                onClick={() => {
                  setFocusIndex(item.index);
                  onSelect(e);
                }}
                onFocus={() => setFocusIndex(item.index)}
                onKeyDown={(ev) => onKeyDown(ev, item.index)}
              >
                <div role="gridcell" className={mergeClasses(styles.cell, styles.num)}>
                  {e.number}
                </div>
                <div role="gridcell" className={styles.cell}>
                  {e.dateOfService ? formatUsDate(e.dateOfService) : <span className={styles.muted}>Undated</span>}
                </div>
                <div role="gridcell" className={styles.cell} title={e.provider}>
                  {e.provider}
                </div>
                <div role="gridcell" className={styles.cell} title={e.facility}>
                  {e.facility}
                </div>
                <div role="gridcell" className={styles.cell} title={e.recordType}>
                  {e.recordType}
                </div>
                <div role="gridcell" className={mergeClasses(styles.cell, styles.citeCell)} title={cite}>
                  {e.source && e.sourceFileName ? (
                    // The file name gives way before the page numbers do.
                    <>
                      <span className={styles.citeFile}>{e.sourceFileName}</span>{' '}
                      <span className={styles.citePages}>
                        {citePages(
                          '',
                          e.source.pageFrom,
                          e.source.pageTo,
                          e.sourceMarks?.first ?? null,
                          e.sourceMarks?.last ?? null,
                        )}
                      </span>
                    </>
                  ) : (
                    <span className={styles.muted}>No source</span>
                  )}
                </div>
                <div role="gridcell" className={styles.cell}>
                  {e.reliedUpon ? (
                    <>
                      <CheckmarkRegular aria-hidden /> Yes
                    </>
                  ) : (
                    <span className={styles.muted}>No</span>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <Caption1 className={styles.muted} style={{ display: 'block', padding: '4px 8px' }}>
        Numbered and sorted by date of service. Enter or click opens the cited page.
      </Caption1>
    </div>
  );
}
