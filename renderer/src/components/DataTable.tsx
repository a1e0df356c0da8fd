// The app's tables (cases, sender batches, exports, templates, fee lines, measurements, a template's grid): Fluent's table
// with its header row built from the columns' headings, so each screen writes only its body rows (TableRow, TableCell).
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface DataColumn {
  /** What the heading shows; a column of buttons shows none and is named by `ariaLabel` instead. */
  label?: ReactNode;
  ariaLabel?: string;
  /** Width and alignment of the heading cell. */
  className?: string;
  /** Headings over figures sit at the right like the figures; Fluent puts the heading in a flex box that text-align misses. */
  alignEnd?: boolean;
  /** Only where columns come and go (a template's columns); fixed columns are told apart by their place. */
  key?: string;
}

export interface DataTableProps {
  /** Names the table for screen readers. */
  label: string;
  /** A plain string is a column whose heading is that text. */
  columns: readonly (string | DataColumn)[];
  /** The body rows. */
  children: ReactNode;
  /** Fluent's row height; the app's tables are compact unless a screen is mostly its table (the case list). */
  size?: 'extra-small' | 'small' | 'medium';
  className?: string;
  /** A table wider than the pane scrolls sideways in its own box instead of cutting off its inputs. */
  scroll?: boolean;
  /** The body rows in all, when only those in view are drawn (the case list): screen readers announce "row 5 of 1,000". */
  rowCount?: number;
}

export function DataTable({ label, columns, children, size = 'small', className, scroll = false, rowCount }: DataTableProps) {
  const styles = useStyles();
  const table = (
    <Table size={size} aria-label={label} className={className} aria-rowcount={rowCount === undefined ? undefined : rowCount + 1}>
      <TableHeader>
        <TableRow aria-rowindex={rowCount === undefined ? undefined : 1}>
          {columns.map((column, i) => {
            const c = typeof column === 'string' ? { label: column } : column;
            return (
              <TableHeaderCell
                key={c.key ?? i}
                className={c.className}
                aria-label={c.ariaLabel}
                button={c.alignEnd ? { className: styles.end } : undefined}
              >
                {c.label}
              </TableHeaderCell>
            );
          })}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
  return scroll ? <div className={styles.scroll}>{table}</div> : table;
}

const useStyles = makeStyles({
  end: { justifyContent: 'flex-end' },
  scroll: { overflowX: 'auto' },
});
