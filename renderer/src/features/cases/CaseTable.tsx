// The case list's table at a busy practice's scale: only the rows in view are drawn (spacer rows keep the scroll height),
// one shared "More actions" menu serves every row, and a row redraws only when its own case changed.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  TableCell,
  TableRow,
  makeStyles,
  type MenuProps,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, startTransition, useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { CaseSummary } from '../../../../electron/common/case/case-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { DataTable } from '../../components/DataTable';
import { RecordServiceButton } from '../signing/RecordServiceDialog';
import { DeadlineCell, STATUS_LABELS } from './DeadlineCell';
import { ExportAuditMenuItem } from '../audit/ExportAuditMenuItem';
import { SupplementalMenuItem } from './SupplementalMenuItem';

/** Fluent's medium row; rows are measured once drawn, this only sizes the ones not drawn yet. */
const ROW_ESTIMATE = 45;
/** Rows drawn beyond the window's edges, so a quick scroll or arrow key never shows a blank band. */
const OVERSCAN = 8;

const useStyles = makeStyles({
  row: { cursor: 'pointer' },
  // The table shares its width evenly unless told: the due date with "32 days overdue" and the service button need more.
  due: { width: '14rem' },
  actions: { width: '11rem' },
  spacer: { border: 'none' },
});

interface CaseTableProps {
  cases: readonly CaseSummary[];
  onOpen: (caseId: string) => void;
  onDelete: (c: CaseSummary) => void;
  /** "New case from this one…": a new case that starts from this one's parties and chosen sections. */
  onCopyForward: (c: CaseSummary) => void;
  /** "Supplemental from this case…": offered once the case's report is signed. */
  onSupplemental: (c: CaseSummary) => void;
  /** A service was recorded or removed: the list reloads. */
  onChanged: () => void;
}

/**
 * A drawn row's height from the ResizeObserver that watches it; until that reports, the size known or estimated. The
 * library's default reads offsetHeight as each row mounts, which forced a layout of the page inside React's commit.
 */
function rowHeight(el: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(el);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ROW_ESTIMATE;
}

export function CaseTable({ cases, onOpen, onDelete, onCopyForward, onSupplemental, onChanged }: CaseTableProps) {
  const styles = useStyles();
  const topSpacer = useRef<HTMLTableRowElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page: the window scrolls the whole page, the table is below the title and search box.
  // Read after the list is drawn (the layout is done by then): read while React commits, it forced a layout first.
  useEffect(() => {
    const el = topSpacer.current;
    if (el) {
      const margin = el.getBoundingClientRect().top + window.scrollY;
      startTransition(() => setScrollMargin(margin));
    }
  }, [cases.length]);

  const virtualizer = useWindowVirtualizer({
    count: cases.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (i) => cases[i]?.id ?? i,
    measureElement: rowHeight,
    // The window's size from the start: the first render already draws the rows in view. Without it the rows were drawn
    // only once the size was measured, in a synchronous render inside the commit (one long task of 80-125 ms).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - scrollMargin) : 0;

  // The one menu of row actions, anchored to the button that opened it; focus goes back there when it closes.
  const [menu, setMenu] = useState<{ target: HTMLElement; c: CaseSummary } | null>(null);
  const openMenu = useCallback((c: CaseSummary, target: HTMLElement) => setMenu({ c, target }), []);
  const onMenuChange: MenuProps['onOpenChange'] = (_, data) => {
    if (data.open || !menu) return;
    const { target } = menu;
    setMenu(null);
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) target.focus();
    });
  };

  // Arrow keys walk the rows, drawing the next one first when it is outside the window. A key pressed while a row is
  // still being drawn moves on from that row, not from the one focused, so quick repeats on a busy machine are not lost.
  const pending = useRef<number | null>(null);
  const focusRow = useCallback(
    (index: number) => {
      if (index < 0 || index >= cases.length) return;
      // The next row is usually drawn already (overscan): focused at once.
      const row = () => document.querySelector<HTMLElement>(`[data-case-row="${index}"]`);
      const now = row();
      if (now) {
        pending.current = null;
        return now.focus();
      }
      pending.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
      let tries = 0;
      const attempt = () => {
        if (pending.current !== index) return; // a later key moved on
        const drawn = row();
        if (drawn) {
          pending.current = null;
          drawn.focus();
        } else if (++tries < 60) requestAnimationFrame(attempt);
        else pending.current = null;
      };
      requestAnimationFrame(attempt);
    },
    [cases.length, virtualizer],
  );
  const moveFrom = useCallback((index: number, step: number) => focusRow((pending.current ?? index) + step), [focusRow]);

  const columns = [
    'Examinee',
    'Claim number',
    'Report',
    'Exam date',
    { label: 'Due', className: styles.due },
    'Status',
    'Employer',
    { ariaLabel: 'Actions', className: styles.actions },
  ];

  return (
    <>
      <DataTable label="Cases" size="medium" columns={columns} rowCount={cases.length}>
        <tr ref={topSpacer} aria-hidden className={styles.spacer} style={{ height: before }} />
        {items.map((item) => {
          const c = cases[item.index]!;
          return (
            <CaseRow
              key={c.id}
              c={c}
              index={item.index}
              measure={virtualizer.measureElement}
              onOpen={onOpen}
              onMenu={openMenu}
              onChanged={onChanged}
              onMove={moveFrom}
              className={styles.row}
            />
          );
        })}
        <tr aria-hidden className={styles.spacer} style={{ height: after }} />
      </DataTable>
      <Menu open={menu !== null} onOpenChange={onMenuChange} positioning={{ target: menu?.target ?? null }}>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => menu && onOpen(menu.c.id)}>Open</MenuItem>
            <MenuItem onClick={() => menu && onCopyForward(menu.c)}>New case from this one…</MenuItem>
            <SupplementalMenuItem c={menu?.c ?? null} onSupplemental={onSupplemental} />
            <ExportAuditMenuItem c={menu?.c ?? null} />
            <MenuItem onClick={() => menu && onDelete(menu.c)}>Delete case…</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  );
}

interface CaseRowProps {
  c: CaseSummary;
  index: number;
  measure: (el: HTMLElement | null) => void;
  onOpen: (caseId: string) => void;
  onMenu: (c: CaseSummary, target: HTMLElement) => void;
  onChanged: () => void;
  /** Moves the focus `step` rows from this one (or from the row still being drawn for an earlier key). */
  onMove: (index: number, step: number) => void;
  className: string;
}

/** One case; memoised so a new search result redraws only rows whose case or place changed. */
const CaseRow = memo(function CaseRow({ c, index, measure, onOpen, onMenu, onChanged, onMove, className }: CaseRowProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter') onOpen(c.id);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(index, e.key === 'ArrowDown' ? 1 : -1);
    }
  };
  return (
    <TableRow
      ref={measure}
      data-index={index}
      data-case-row={index}
      aria-rowindex={index + 2}
      className={className}
      onClick={() => onOpen(c.id)}
      onKeyDown={onKeyDown}
      tabIndex={0}
      aria-label={`Open case of ${c.examineeName}`}
    >
      <TableCell>{c.examineeName}</TableCell>
      <TableCell>{c.claimNumber}</TableCell>
      <TableCell>{c.reportKind}</TableCell>
      <TableCell>{formatUsDate(c.examDate)}</TableCell>
      <TableCell>
        <DeadlineCell deadline={c.nextDeadline} served={c.served} />
      </TableCell>
      <TableCell>{STATUS_LABELS[c.status]}</TableCell>
      <TableCell>{c.employer}</TableCell>
      <TableCell onClick={(e) => e.stopPropagation()}>
        {(c.status === 'signed' || c.status === 'served') && (
          <RecordServiceButton caseId={c.id} examineeName={c.examineeName} served={c.status === 'served'} onChanged={onChanged} />
        )}
        <Button
          appearance="subtle"
          icon={<MoreHorizontalRegular />}
          aria-label={`More actions for ${c.examineeName}`}
          aria-haspopup="menu"
          onClick={(e: MouseEvent<HTMLButtonElement>) => onMenu(c, e.currentTarget)}
        />
      </TableCell>
    </TableRow>
  );
});
