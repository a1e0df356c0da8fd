// Values of a template's table section (e.g. the LTD restrictions grid), stored as one JSON field value per table.
// Fixed rows come from the template; rows the physician added follow them.
import { z } from 'zod';
import type { FieldValues } from '../case/structure-model';
import type { TableSpec } from '../template/template-schema';

export const CellValueSchema = z.union([z.string().max(2000), z.number().finite(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

const TableRowValueSchema = z.object({
  id: z.string().max(80),
  label: z.string().max(200),
  cells: z.record(z.string().max(80), CellValueSchema),
});
export const TableValueSchema = z.object({ rows: z.array(TableRowValueSchema).max(200) });
export type TableRowValue = z.infer<typeof TableRowValueSchema>;
export type TableValue = z.infer<typeof TableValueSchema>;

/** The field-value name a table's JSON is stored under: "table." + the section id in camelCase. */
export function tableValueName(sectionId: string): string {
  return `table.${sectionId.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase())}`;
}

/** The table as the physician sees it: every fixed row (filled or not) in template order, then added rows. */
export function readTableValue(values: FieldValues, sectionId: string, spec: TableSpec): TableValue {
  const raw = values[tableValueName(sectionId)];
  let stored: TableValue = { rows: [] };
  if (typeof raw === 'string') {
    try {
      const parsed = TableValueSchema.safeParse(JSON.parse(raw));
      if (parsed.success) stored = parsed.data;
    } catch {
      // A damaged value shows as an empty table rather than breaking the step.
    }
  }
  const byId = new Map(stored.rows.map((r) => [r.id, r]));
  const fixed = spec.rows.map((row) => ({ id: row.id, label: row.label, cells: byId.get(row.id)?.cells ?? {} }));
  const fixedIds = new Set(spec.rows.map((r) => r.id));
  const added = spec.allowAddRows ? stored.rows.filter((r) => !fixedIds.has(r.id)) : [];
  return { rows: [...fixed, ...added] };
}

export function isTableRowFilled(row: TableRowValue): boolean {
  return Object.values(row.cells).some((v) => v !== null && v !== '');
}
