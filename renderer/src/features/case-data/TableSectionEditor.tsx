// Controlled grid editor for a template's table section (e.g. the LTD restrictions-and-limitations grid): the template's
// fixed rows, typed cells per column, and rows of the physician's own when the template allows them.
import {
  Field,
  InfoLabel,
  Input,
  Select,
  TableCell,
  TableRow,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CellValue, TableRowValue, TableValue } from '../../../../electron/common/report/table-values';
import type { TableColumn, TableSpec } from '../../../../electron/common/template/template-schema';
import { isValidIsoDate } from '../../../../electron/common/util/iso-date';
import { DataTable } from '../../components/DataTable';
import { DateInput } from '../../components/fields';
import { ListEditorShell, RemoveButton, fieldState, newId, useEditorStyles, useListItems } from '../../components/list-editing';
import { useReportValidity } from '../../hooks/use-report-validity';

export interface TableSectionEditorProps {
  spec: TableSpec;
  value: TableValue;
  onChange: (value: TableValue) => void;
  onValidityChange?: (valid: boolean) => void;
  /** Names the grid for screen readers (e.g. the section title); defaults to "Table". */
  label?: string;
}

const CELL_MAX = 2000;

/** What is wrong with one cell, if anything. Empty cells are fine here: required columns are the compliance check's job. */
function cellIssue(column: TableColumn, value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (column.type) {
    case 'text':
    case 'longtext': {
      const max = column.type === 'text' ? (column.maxLength ?? CELL_MAX) : CELL_MAX;
      return typeof value === 'string' && value.length > max ? `Keep this under ${max} characters.` : undefined;
    }
    case 'date':
      return typeof value === 'string' && isValidIsoDate(value) ? undefined : 'Enter a real date (MM/DD/YYYY).';
    case 'number':
      if (typeof value !== 'number') return 'Enter a number.';
      if (column.integer && !Number.isInteger(value)) return 'Enter a whole number.';
      if (column.min !== undefined && value < column.min) return `Enter ${column.min} or more.`;
      if (column.max !== undefined && value > column.max) return `Enter ${column.max} or less.`;
      return undefined;
    case 'choice':
      return column.options.some((o) => o.value === value) ? undefined : 'Choose one of the options.';
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : 'Choose Yes or No.';
  }
}

function tableIsValid(spec: TableSpec, value: TableValue): boolean {
  return value.rows.every((row) => spec.columns.every((c) => !cellIssue(c, row.cells[c.id])));
}

export function TableSectionEditor({ spec, value, onChange, onValidityChange, label = 'Table' }: TableSectionEditorProps) {
  const local = useStyles();
  const fixedIds = useMemo(() => new Set(spec.rows.map((r) => r.id)), [spec.rows]);
  const report = useReportValidity(tableIsValid(spec, value), onValidityChange);
  const emitRows = (rows: TableRowValue[]) => {
    const next = { rows };
    report(tableIsValid(spec, next));
    onChange(next);
  };
  const list = useListItems(value.rows, emitRows);
  const setCell = (rowIndex: number, columnId: string, cell: CellValue) => {
    const row = value.rows[rowIndex]!;
    list.replace(rowIndex, { ...row, cells: { ...row.cells, [columnId]: cell } });
  };
  const addRow = () => {
    const row: TableRowValue = { id: newId(), label: '', cells: {} };
    list.add(row, row.id);
  };
  let addedCount = 0;

  return (
    <ListEditorShell list={list} add={spec.allowAddRows ? { label: 'Add row', onClick: addRow } : undefined}>
      <DataTable
        label={label}
        className={local.table}
        scroll
        columns={[
          { label: spec.rowHeader ?? '', className: local.rowHeader },
          ...spec.columns.map((c) => ({
            key: c.id,
            label: (
              <InfoLabel info={c.help} required={c.required} size="small" weight="semibold">
                {c.label}
              </InfoLabel>
            ),
          })),
          ...(spec.allowAddRows ? [{ ariaLabel: 'Remove row', className: local.action }] : []),
        ]}
      >
        {value.rows.map((row, rowIndex) => {
          const added = !fixedIds.has(row.id);
          const addedNumber = added ? ++addedCount : 0;
          const rowName = row.label.trim() || `Added row ${addedNumber}`;
          const help = added ? undefined : spec.rows.find((r) => r.id === row.id)?.help;
          return (
            <TableRow key={row.id}>
              <TableCell role="rowheader" className={local.rowHeader}>
                {added ? (
                  <Input
                    size="small"
                    aria-label={`${spec.rowHeader ?? 'Label'} of added row ${addedNumber}`}
                    placeholder={spec.rowHeader ?? 'Row label'}
                    maxLength={200}
                    value={row.label}
                    autoFocus={list.focusKey === row.id}
                    onChange={(_, d) => list.replace(rowIndex, { ...row, label: d.value })}
                  />
                ) : help ? (
                  <InfoLabel info={help} size="small">
                    {row.label}
                  </InfoLabel>
                ) : (
                  row.label
                )}
              </TableCell>
              {spec.columns.map((c) => (
                <TableCell key={c.id}>
                  <Field size="small" {...fieldState(cellIssue(c, row.cells[c.id]))}>
                    <CellInput
                      column={c}
                      value={row.cells[c.id] ?? null}
                      label={`${rowName} – ${c.label}`}
                      onChange={(v) => setCell(rowIndex, c.id, v)}
                    />
                  </Field>
                </TableCell>
              ))}
              {spec.allowAddRows && (
                <TableCell>
                  {added && <RemoveButton what={rowName} onClick={() => list.remove(rowIndex, `row “${rowName}”`)} />}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </DataTable>
    </ListEditorShell>
  );
}

interface CellInputProps {
  column: TableColumn;
  value: CellValue;
  label: string;
  onChange: (value: CellValue) => void;
}

function CellInput({ column, value, label, onChange }: CellInputProps) {
  const { fill } = useEditorStyles();
  const widths = useCellWidths();
  const className = mergeClasses(fill, widths[column.type]);
  const text = typeof value === 'string' ? value : '';
  switch (column.type) {
    case 'text':
      return (
        <Input
          size="small"
          className={className}
          aria-label={label}
          maxLength={column.maxLength ?? CELL_MAX}
          value={text}
          onChange={(_, d) => onChange(d.value)}
        />
      );
    case 'longtext':
      return (
        <Textarea
          size="small"
          className={className}
          aria-label={label}
          resize="vertical"
          rows={1}
          maxLength={CELL_MAX}
          value={text}
          onChange={(_, d) => onChange(d.value)}
        />
      );
    case 'date':
      return <DateInput className={className} ariaLabel={label} value={text} onChange={onChange} />;
    case 'number':
      return (
        <Input
          size="small"
          className={className}
          type="number"
          aria-label={label}
          min={column.min}
          max={column.max}
          step={column.integer ? 1 : 'any'}
          value={typeof value === 'number' ? String(value) : ''}
          contentAfter={column.unit}
          onChange={(_, d) => {
            const n = d.value.trim() === '' ? null : Number(d.value);
            onChange(n === null || Number.isFinite(n) ? n : null);
          }}
        />
      );
    case 'choice':
      return (
        <Select size="small" className={className} aria-label={label} value={text} onChange={(_, d) => onChange(d.value || null)}>
          <option value="">—</option>
          {column.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      );
    case 'yes-no':
      return (
        <Select
          size="small"
          className={className}
          aria-label={label}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(_, d) => onChange(d.value === '' ? null : d.value === 'yes')}
        >
          <option value="">—</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </Select>
      );
  }
}

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  rowHeader: { width: '12rem', minWidth: '8rem', fontWeight: tokens.fontWeightSemibold },
  action: { width: '2.5rem' },
});

// Smallest useful width per cell type; a wider table scrolls sideways rather than cutting off dates and choices.
const useCellWidths = makeStyles({
  text: { minWidth: '8rem' },
  longtext: { minWidth: '10rem' },
  date: { minWidth: '9.5rem' },
  number: { minWidth: '6rem' },
  choice: { minWidth: '11rem' },
  'yes-no': { minWidth: '5rem' },
});
