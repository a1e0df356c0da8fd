// Controlled editor for the case's injuries (date or CT period, WCAB case number, psych claim) and their body parts.
// It never saves: the parent autosaves the whole list, and only while onValidityChange last said it is valid.
import {
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { BODY_PART_STATUSES, InjurySchema, type Injury } from '../../../../electron/common/case/structure-model';
import { describeInjuryDate } from '../../../../electron/common/report/template-values';
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
  type Issues,
} from '../../components/list-editing';

type BodyPart = Injury['bodyParts'][number];
type BodyPartStatus = BodyPart['status'];

export const BODY_PART_STATUS_LABELS: Record<BodyPartStatus, string> = {
  accepted: 'Accepted',
  disputed: 'Disputed',
  undetermined: 'Undetermined',
};

export interface InjuriesEditorProps {
  items: Injury[];
  onChange: (items: Injury[]) => void;
  onValidityChange?: (valid: boolean) => void;
}

export function newInjury(): Injury {
  return {
    id: newId(),
    kind: 'specific',
    date: null,
    ctFrom: null,
    ctTo: null,
    adjNumber: '',
    description: '',
    psychClaimed: false,
    bodyParts: [],
  };
}

export function InjuriesEditor({ items, onChange, onValidityChange }: InjuriesEditorProps) {
  const styles = useEditorStyles();
  const { issues, emit } = useListEditing(items, onChange, InjurySchema, onValidityChange);
  const undo = useUndoRemoval(items, emit);
  const addRef = useRef<HTMLButtonElement>(null);
  // Which control should take focus when it mounts: the new injury's date, or a new body part's name.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const datalistId = useId('body-parts');
  const suggestions = bodyPartSuggestions(items.flatMap((i) => i.bodyParts.map((p) => p.name)));

  const update = (index: number, next: Injury) => emit(replaceAt(items, index, next));
  const add = () => {
    const injury = newInjury();
    setFocusKey(injury.id);
    emit([...items, injury]);
  };
  const remove = (index: number) => {
    const injury = items[index]!;
    const when = describeInjuryDate(injury);
    emit(removeAt(items, index));
    undo.offer({ what: `injury ${index + 1}${when ? ` (${when})` : ''}`, restore: (cur) => insertAt(cur, index, injury) });
  };
  const addBodyPart = (index: number) => {
    const injury = items[index]!;
    setFocusKey(`${injury.id}:${injury.bodyParts.length}`);
    update(index, { ...injury, bodyParts: [...injury.bodyParts, { name: '', status: 'undetermined' }] });
  };
  const removeBodyPart = (index: number, partIndex: number) => {
    const injury = items[index]!;
    const part = injury.bodyParts[partIndex]!;
    update(index, { ...injury, bodyParts: removeAt(injury.bodyParts, partIndex) });
    undo.offer({
      what: `${part.name.trim() || `body part ${partIndex + 1}`} from injury ${index + 1}`,
      restore: (cur) => cur.map((x) => (x.id === injury.id ? { ...x, bodyParts: insertAt(x.bodyParts, partIndex, part) } : x)),
    });
  };

  return (
    <div className={styles.list}>
      <datalist id={datalistId}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {items.length === 0 && (
        <EmptyState>
          No injuries entered yet. Add each claimed injury with its date of injury (DOI) or cumulative-trauma (CT) period, its
          WCAB case number (ADJ) and the body parts claimed.
        </EmptyState>
      )}
      {items.map((injury, index) => (
        <InjuryCard
          key={injury.id}
          injury={injury}
          number={index + 1}
          issues={issues[index] ?? {}}
          datalistId={datalistId}
          focusKey={focusKey}
          onChange={(next) => update(index, next)}
          onRemove={() => remove(index)}
          onAddBodyPart={() => addBodyPart(index)}
          onRemoveBodyPart={(partIndex) => removeBodyPart(index, partIndex)}
        />
      ))}
      <RemovedNotice removal={undo.removal} onUndo={undo.undo} fallbackFocus={addRef} />
      <div>
        <Button ref={addRef} size="small" icon={<AddRegular />} onClick={add}>
          Add injury
        </Button>
      </div>
    </div>
  );
}

interface InjuryCardProps {
  injury: Injury;
  number: number;
  issues: Issues;
  datalistId: string;
  focusKey: string | null;
  onChange: (injury: Injury) => void;
  onRemove: () => void;
  onAddBodyPart: () => void;
  onRemoveBodyPart: (partIndex: number) => void;
}

function InjuryCard({
  injury,
  number,
  issues,
  datalistId,
  focusKey,
  onChange,
  onRemove,
  onAddBodyPart,
  onRemoveBodyPart,
}: InjuryCardProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const headingId = useId('injury');
  const set = (patch: Partial<Injury>) => onChange({ ...injury, ...patch });
  const setPart = (partIndex: number, patch: Partial<BodyPart>) =>
    set({ bodyParts: replaceAt(injury.bodyParts, partIndex, { ...injury.bodyParts[partIndex]!, ...patch }) });
  const of = `injury ${number}`;
  const when = describeInjuryDate(injury);
  const date = (key: 'date' | 'ctFrom' | 'ctTo', label: string, ariaLabel: string, autoFocus = false) => (
    <Field label={label} size="small" className={styles.narrow} {...fieldState(issues[key])}>
      <Input
        type="date"
        aria-label={ariaLabel}
        min="1900-01-01"
        max="2200-12-31"
        value={injury[key] ?? ''}
        onChange={(_, d) => set({ [key]: d.value || null })}
        autoFocus={autoFocus}
      />
    </Field>
  );

  return (
    <div role="group" aria-labelledby={headingId} className={styles.card}>
      <div className={styles.cardHeader}>
        <div>
          <Subtitle2 as="h4" id={headingId} className={local.heading}>
            Injury {number}
          </Subtitle2>
          {when && <Caption1 className={local.summary}>{injury.kind === 'cumulative' ? when : `DOI ${when}`}</Caption1>}
        </div>
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={`Remove ${of}`}
          title={`Remove ${of}`}
          onClick={onRemove}
        />
      </div>
      <RadioGroup
        layout="horizontal"
        aria-label={`Kind of ${of}`}
        value={injury.kind}
        onChange={(_, d) => set({ kind: d.value as Injury['kind'] })}
      >
        <Radio value="specific" label="Specific date" />
        <Radio value="cumulative" label="Cumulative trauma (CT)" />
      </RadioGroup>
      <div className={styles.row}>
        {injury.kind === 'specific' ? (
          date('date', 'Date of injury (DOI)', `Date of ${of}`, focusKey === injury.id)
        ) : (
          <>
            {date('ctFrom', 'CT from', `CT from date of ${of}`, focusKey === injury.id)}
            {date('ctTo', 'CT to', `CT to date of ${of}`)}
          </>
        )}
        <Field
          label="WCAB case number (ADJ)"
          hint="ADJ and 7 to 10 digits, e.g. ADJ1234567. Leave empty if not yet filed."
          size="small"
          className={styles.grow}
          {...fieldState(issues.adjNumber)}
        >
          <Input
            aria-label={`WCAB case number of ${of}`}
            value={injury.adjNumber}
            maxLength={13}
            onChange={(_, d) => set({ adjNumber: d.value.toUpperCase().replace(/\s+/g, '') })}
          />
        </Field>
      </div>
      <Field label="Description" size="small" {...fieldState(issues.description)}>
        <Textarea
          aria-label={`Description of ${of}`}
          resize="vertical"
          rows={2}
          value={injury.description}
          onChange={(_, d) => set({ description: d.value })}
        />
      </Field>
      <Checkbox
        label="Psychiatric injury claimed"
        aria-label={`Psychiatric injury claimed for ${of}`}
        checked={injury.psychClaimed}
        onChange={(_, d) => set({ psychClaimed: d.checked === true })}
      />
      <Body1Strong as="h5" className={local.subheading}>
        Body parts claimed
      </Body1Strong>
      {injury.bodyParts.length === 0 ? (
        <EmptyState>No body parts yet. Add each body part or system claimed, e.g. Lumbar spine or Psyche.</EmptyState>
      ) : (
        <div className={local.parts}>
          <Caption1 aria-hidden>Body part</Caption1>
          <Caption1 aria-hidden>Status</Caption1>
          <span />
          {injury.bodyParts.map((part, j) => {
            const partOf = `body part ${j + 1} of ${of}`;
            return [
              <Field key={`n${j}`} size="small" {...fieldState(issues[`bodyParts.${j}.name`])}>
                <Input
                  aria-label={`Body part ${j + 1} of ${of}`}
                  list={datalistId}
                  value={part.name}
                  maxLength={120}
                  autoFocus={focusKey === `${injury.id}:${j}`}
                  onChange={(_, d) => setPart(j, { name: d.value })}
                />
              </Field>,
              <Field key={`s${j}`} size="small" {...fieldState(issues[`bodyParts.${j}.status`])}>
                <Select
                  aria-label={`Status of ${partOf}`}
                  value={part.status}
                  onChange={(_, d) => setPart(j, { status: d.value as BodyPartStatus })}
                >
                  {BODY_PART_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {BODY_PART_STATUS_LABELS[s]}
                    </option>
                  ))}
                </Select>
              </Field>,
              <Button
                key={`r${j}`}
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Remove ${partOf}`}
                title={`Remove ${partOf}`}
                onClick={() => onRemoveBodyPart(j)}
              />,
            ];
          })}
        </div>
      )}
      <div>
        <Button size="small" icon={<AddRegular />} aria-label={`Add body part to ${of}`} onClick={onAddBodyPart}>
          Add body part
        </Button>
      </div>
    </div>
  );
}

const useStyles = makeStyles({
  heading: { display: 'inline', margin: 0 },
  summary: { marginLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  subheading: { margin: 0 },
  parts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 2fr) minmax(8rem, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
  },
});
