// Controlled editor for optional examination measurements (range of motion, strength, grip) as one compact table,
// one row per reading; a new row repeats the previous row's body part, kind, side and unit, as readings come in series.
import { Field, Input, Select, TableCell, TableRow, makeStyles, useId } from '@fluentui/react-components';
import {
  MEASUREMENT_KINDS,
  MEASUREMENT_KIND_LABELS,
  MEASUREMENT_SIDES,
  MEASUREMENT_SIDE_LABELS,
  MeasurementSchema,
  type Measurement,
} from '../../../../electron/common/case/structure-model';
import { DataTable } from '../../components/DataTable';
import { Suggestions } from '../../components/fields';
import {
  ListEditorShell,
  RemoveButton,
  fieldState,
  newId,
  useEditorStyles,
  useListEditing,
  type ListEditorProps,
} from '../../components/list-editing';
import { bodyPartSuggestions } from './body-parts';

type Kind = Measurement['kind'];
type Side = Measurement['side'];

const NAME_SUGGESTIONS = [
  'Flexion',
  'Extension',
  'Left lateral bending',
  'Right lateral bending',
  'Left rotation',
  'Right rotation',
  'Abduction',
  'Adduction',
  'Internal rotation',
  'External rotation',
  'Pronation',
  'Supination',
  'Radial deviation',
  'Ulnar deviation',
  'Dorsiflexion',
  'Plantar flexion',
  'Inversion',
  'Eversion',
  'Jamar position 1',
  'Jamar position 2',
  'Jamar position 3',
  'Jamar position 4',
  'Jamar position 5',
  'Pinch',
];
const UNIT_SUGGESTIONS = ['degrees', '/5', 'kg', 'lb', 'cm', 'mm', '%'];
/** The unit a kind is usually read in; changing the kind of a row whose unit is blank or the old default swaps it. */
const DEFAULT_UNIT: Record<Kind, string> = { 'range-of-motion': 'degrees', strength: '/5', grip: 'kg', other: '' };

export interface MeasurementsEditorProps extends ListEditorProps<Measurement> {
  /** Body parts of the case's injuries, suggested first in the body part column. */
  bodyParts?: string[];
}

export function MeasurementsEditor({ items, onChange, onValidityChange, bodyParts = [] }: MeasurementsEditorProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const { issues, list } = useListEditing(items, onChange, MeasurementSchema, onValidityChange);
  const listIds = { part: useId('mparts'), name: useId('mnames'), unit: useId('munits') };

  const add = () => {
    const prev = items[items.length - 1];
    const m: Measurement = {
      id: newId(),
      bodyPart: prev?.bodyPart ?? bodyParts[0] ?? '',
      kind: prev?.kind ?? 'range-of-motion',
      name: '',
      side: prev?.side ?? 'n/a',
      value: '',
      normal: '',
      unit: prev?.unit ?? DEFAULT_UNIT['range-of-motion'],
    };
    list.add(m, m.id);
  };
  const remove = (index: number) => {
    const m = items[index]!;
    const what = [m.bodyPart, m.name]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' ');
    list.remove(index, `measurement ${index + 1}${what ? ` (${what})` : ''}`);
  };

  return (
    <ListEditorShell
      list={list}
      add={{ label: 'Add measurement', onClick: add }}
      empty={
        <>
          No measurements yet. They are optional: choose “Add measurement” to record one reading per row, such as range of motion
          in degrees with the normal value, a strength grade (/5) or grip strength in kg, left or right. They print as a table
          after your examination findings; with none, the report leaves this section out.
        </>
      }
    >
      <Suggestions id={listIds.part} values={bodyPartSuggestions(bodyParts)} />
      <Suggestions id={listIds.name} values={NAME_SUGGESTIONS} />
      <Suggestions id={listIds.unit} values={UNIT_SUGGESTIONS} />
      {items.length > 0 && (
        <DataTable
          label="Measurements"
          className={local.table}
          scroll
          columns={[
            { label: 'Body part', className: local.part },
            { label: 'Kind', className: local.kind },
            { label: 'Movement or test', className: local.name },
            { label: 'Side', className: local.side },
            { label: 'Value', className: local.reading },
            { label: 'Normal', className: local.reading },
            { label: 'Unit', className: local.unit },
            { label: <span className={local.hidden}>Remove</span>, className: local.action },
          ]}
        >
          {items.map((m, index) => {
            const of = `measurement ${index + 1}`;
            const set = (patch: Partial<Measurement>) => list.replace(index, { ...m, ...patch });
            const text = (
              key: 'bodyPart' | 'name' | 'value' | 'normal' | 'unit',
              label: string,
              max: number,
              datalist?: string,
            ) => (
              <Field size="small" {...fieldState(issues[index]?.[key])}>
                <Input
                  className={styles.fill}
                  aria-label={`${label} of ${of}`}
                  list={datalist}
                  maxLength={max}
                  value={m[key]}
                  autoFocus={list.focusKey === m.id && key === (m.bodyPart === '' ? 'bodyPart' : 'name')}
                  onChange={(_, d) => set({ [key]: d.value })}
                />
              </Field>
            );
            return (
              <TableRow key={m.id}>
                <TableCell>{text('bodyPart', 'Body part', 120, listIds.part)}</TableCell>
                <TableCell>
                  <Select
                    size="small"
                    className={styles.fill}
                    aria-label={`Kind of ${of}`}
                    value={m.kind}
                    onChange={(_, d) => {
                      const kind = d.value as Kind;
                      const keepUnit = m.unit.trim() !== '' && m.unit !== DEFAULT_UNIT[m.kind];
                      set({ kind, unit: keepUnit ? m.unit : DEFAULT_UNIT[kind] });
                    }}
                  >
                    {MEASUREMENT_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {MEASUREMENT_KIND_LABELS[k]}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>{text('name', 'Movement or test', 120, listIds.name)}</TableCell>
                <TableCell>
                  <Select
                    size="small"
                    className={styles.fill}
                    aria-label={`Side of ${of}`}
                    value={m.side}
                    onChange={(_, d) => set({ side: d.value as Side })}
                  >
                    {MEASUREMENT_SIDES.map((s) => (
                      <option key={s} value={s}>
                        {MEASUREMENT_SIDE_LABELS[s]}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>{text('value', 'Value', 40)}</TableCell>
                <TableCell>{text('normal', 'Normal value', 40)}</TableCell>
                <TableCell>{text('unit', 'Unit', 20, listIds.unit)}</TableCell>
                <TableCell>
                  <RemoveButton what={of} onClick={() => remove(index)} />
                </TableCell>
              </TableRow>
            );
          })}
        </DataTable>
      )}
    </ListEditorShell>
  );
}

const useStyles = makeStyles({
  table: { minWidth: '52rem' },
  // Wide enough for "Range of motion" and "degrees" uncut; the readings themselves are short ("40", "4+").
  part: { width: '16%' },
  kind: { width: '18%' },
  name: { width: '18%' },
  side: { width: '11%' },
  reading: { width: '8%' },
  unit: { width: '11%' },
  action: { width: '2.5rem' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});
