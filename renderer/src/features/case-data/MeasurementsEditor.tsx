// Controlled editor for optional examination measurements (range of motion, strength, grip) as one compact table,
// one row per reading; a new row repeats the previous row's body part, kind, side and unit, as readings come in series.
import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  useId,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { MEASUREMENT_KINDS, MeasurementSchema, type Measurement } from '../../../../electron/common/case/structure-model';
import { bodyPartSuggestions } from './body-parts';
import {
  EmptyState,
  RemovedNotice,
  fieldState,
  insertAt,
  removeAt,
  replaceAt,
  useEditorStyles,
  useListEditing,
  useUndoRemoval,
  newId,
} from './list-editing';

type Kind = Measurement['kind'];
type Side = Measurement['side'];

export const MEASUREMENT_KIND_LABELS: Record<Kind, string> = {
  'range-of-motion': 'Range of motion',
  strength: 'Strength',
  grip: 'Grip',
  other: 'Other',
};
export const MEASUREMENT_SIDE_LABELS: Record<Side, string> = {
  left: 'Left',
  right: 'Right',
  bilateral: 'Bilateral',
  'n/a': 'N/A',
};

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
  'Grip (Jamar position 2)',
  'Pinch',
];
const UNIT_SUGGESTIONS = ['degrees', '/5', 'kg', 'lb', 'cm', 'mm', '%'];

export interface MeasurementsEditorProps {
  items: Measurement[];
  onChange: (items: Measurement[]) => void;
  onValidityChange?: (valid: boolean) => void;
  /** Body parts of the case's injuries, suggested first in the body part column. */
  bodyParts?: string[];
}

export function MeasurementsEditor({ items, onChange, onValidityChange, bodyParts = [] }: MeasurementsEditorProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const { issues, emit } = useListEditing(items, onChange, MeasurementSchema, onValidityChange);
  const undo = useUndoRemoval(items, emit);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
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
      unit: prev?.unit ?? '',
    };
    setFocusId(m.id);
    emit([...items, m]);
  };
  const remove = (index: number) => {
    const m = items[index]!;
    emit(removeAt(items, index));
    const what = [m.bodyPart, m.name]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' ');
    undo.offer({ what: `measurement ${index + 1}${what ? ` (${what})` : ''}`, restore: (cur) => insertAt(cur, index, m) });
  };

  return (
    <div className={styles.list}>
      <datalist id={listIds.part}>
        {bodyPartSuggestions(bodyParts).map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id={listIds.name}>
        {NAME_SUGGESTIONS.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id={listIds.unit}>
        {UNIT_SUGGESTIONS.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {items.length === 0 ? (
        <EmptyState>
          No measurements yet. Optional: record range of motion (ROM), strength or grip readings to print them as a table in the
          report.
        </EmptyState>
      ) : (
        <div className={local.scroll}>
          <Table size="small" aria-label="Measurements" className={local.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={local.wide}>Body part</TableHeaderCell>
                <TableHeaderCell className={local.mid}>Kind</TableHeaderCell>
                <TableHeaderCell className={local.wide}>Name</TableHeaderCell>
                <TableHeaderCell className={local.mid}>Side</TableHeaderCell>
                <TableHeaderCell className={local.short}>Value</TableHeaderCell>
                <TableHeaderCell className={local.short}>Normal</TableHeaderCell>
                <TableHeaderCell className={local.short}>Unit</TableHeaderCell>
                <TableHeaderCell className={local.action}>
                  <span className={local.hidden}>Remove</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((m, index) => {
                const of = `measurement ${index + 1}`;
                const set = (patch: Partial<Measurement>) => emit(replaceAt(items, index, { ...m, ...patch }));
                const text = (
                  key: 'bodyPart' | 'name' | 'value' | 'normal' | 'unit',
                  label: string,
                  max: number,
                  list?: string,
                ) => (
                  <Field size="small" {...fieldState(issues[index]?.[key])}>
                    <Input
                      className={styles.fill}
                      aria-label={`${label} of ${of}`}
                      list={list}
                      maxLength={max}
                      value={m[key]}
                      autoFocus={focusId === m.id && key === (m.bodyPart === '' ? 'bodyPart' : 'name')}
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
                        onChange={(_, d) => set({ kind: d.value as Kind })}
                      >
                        {MEASUREMENT_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {MEASUREMENT_KIND_LABELS[k]}
                          </option>
                        ))}
                      </Select>
                    </TableCell>
                    <TableCell>{text('name', 'Name', 120, listIds.name)}</TableCell>
                    <TableCell>
                      <Select
                        size="small"
                        className={styles.fill}
                        aria-label={`Side of ${of}`}
                        value={m.side}
                        onChange={(_, d) => set({ side: d.value as Side })}
                      >
                        {(Object.keys(MEASUREMENT_SIDE_LABELS) as Side[]).map((s) => (
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
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<DeleteRegular />}
                        aria-label={`Remove ${of}`}
                        title={`Remove ${of}`}
                        onClick={() => remove(index)}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <RemovedNotice removal={undo.removal} onUndo={undo.undo} fallbackFocus={addRef} />
      <div>
        <Button ref={addRef} size="small" icon={<AddRegular />} onClick={add}>
          Add measurement
        </Button>
      </div>
    </div>
  );
}

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '52rem' },
  wide: { width: '19%' },
  mid: { width: '13%' },
  short: { width: '10%' },
  action: { width: '2.5rem' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});
