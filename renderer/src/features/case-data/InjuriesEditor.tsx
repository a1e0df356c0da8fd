// Controlled editor for the case's injuries (date or CT period, WCAB case number, psych claim) and their body parts.
// It never saves: the parent autosaves the whole list, and only while onValidityChange last said it is valid.
import {
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import {
  BODY_PART_STATUSES,
  InjurySchema,
  WCAB_CASE_NUMBER_HINT,
  isWcabCaseNumber,
  type Injury,
} from '../../../../electron/common/case/structure-model';
import type { Vocabulary } from '../../../../electron/common/template/vocabulary';
import { useVocabulary } from '../../hooks/use-vocabulary';
import { describeInjuryDate } from '../../../../electron/common/report/template-values';
import { bodyPartSuggestions } from './body-parts';
import { DateField, Suggestions, TextField } from '../../components/fields';
import {
  EmptyState,
  ListEditorShell,
  RemoveButton,
  fieldState,
  insertAt,
  newId,
  removeAt,
  replaceAt,
  updateById,
  useEditorStyles,
  useListEditing,
  type Issues,
  type ListEditorProps,
} from '../../components/list-editing';

type BodyPart = Injury['bodyParts'][number];
type BodyPartStatus = BodyPart['status'];

const BODY_PART_STATUS_LABELS: Record<BodyPartStatus, string> = {
  accepted: 'Accepted',
  disputed: 'Disputed',
  undetermined: 'Not stated',
};

export type InjuriesEditorProps = ListEditorProps<Injury>;

function newInjury(): Injury {
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
  // The list's focus key names the control to focus when it mounts: the new injury's date, or a new body part's name.
  const { issues, list } = useListEditing(items, onChange, InjurySchema, onValidityChange);
  const words = useVocabulary();
  const datalistId = useId('body-parts');
  const suggestions = bodyPartSuggestions(items.flatMap((i) => i.bodyParts.map((p) => p.name)));

  const add = () => {
    const injury = newInjury();
    list.add(injury, injury.id);
  };
  const remove = (index: number) => {
    const when = describeInjuryDate(items[index]!);
    list.remove(index, `injury ${index + 1}${when ? ` (${when})` : ''}`);
  };
  const addBodyPart = (index: number) => {
    const injury = items[index]!;
    list.setFocusKey(`${injury.id}:${injury.bodyParts.length}`);
    list.replace(index, { ...injury, bodyParts: [...injury.bodyParts, { name: '', status: 'undetermined' }] });
  };
  const removeBodyPart = (index: number, partIndex: number) => {
    const injury = items[index]!;
    const part = injury.bodyParts[partIndex]!;
    list.replace(index, { ...injury, bodyParts: removeAt(injury.bodyParts, partIndex) });
    list.undo.offer({
      what: `${part.name.trim() || `body part ${partIndex + 1}`} from injury ${index + 1}`,
      restore: (cur) => updateById(cur, injury.id, (x) => ({ ...x, bodyParts: insertAt(x.bodyParts, partIndex, part) })),
    });
  };

  return (
    <ListEditorShell
      list={list}
      add={{ label: 'Add injury', onClick: add }}
      empty={
        <>
          {words.workersComp
            ? `No injuries entered yet. Add each claimed injury with its ${words.dateOfInjury.toLowerCase()} or cumulative-trauma (CT) period${words.caseNumber ? `, its ${words.caseNumber}` : ''} and the body parts claimed.`
            : `Nothing entered yet. Add the ${words.dateOfInjury.toLowerCase()} and the body parts or conditions claimed.`}
        </>
      }
    >
      <Suggestions id={datalistId} values={suggestions} />
      {items.map((injury, index) => (
        <InjuryCard
          key={injury.id}
          injury={injury}
          number={index + 1}
          words={words}
          issues={issues[index] ?? {}}
          datalistId={datalistId}
          focusKey={list.focusKey}
          onChange={(next) => list.replace(index, next)}
          onRemove={() => remove(index)}
          onAddBodyPart={() => addBodyPart(index)}
          onRemoveBodyPart={(partIndex) => removeBodyPart(index, partIndex)}
        />
      ))}
    </ListEditorShell>
  );
}

interface InjuryCardProps {
  injury: Injury;
  number: number;
  words: Vocabulary;
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
  words,
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
    <DateField
      label={label}
      className={styles.narrow}
      issue={issues[key]}
      ariaLabel={ariaLabel}
      value={injury[key]}
      onChange={(value) => set({ [key]: value })}
      autoFocus={autoFocus}
    />
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
        <RemoveButton what={of} onClick={onRemove} />
      </div>
      {words.workersComp && (
        <RadioGroup
          layout="horizontal"
          aria-label={`Kind of ${of}`}
          value={injury.kind}
          onChange={(_, d) => set({ kind: d.value as Injury['kind'] })}
        >
          <Radio value="specific" label="Specific date" />
          <Radio value="cumulative" label="Cumulative trauma (CT)" />
        </RadioGroup>
      )}
      <div className={styles.row}>
        {injury.kind === 'specific' || !words.workersComp ? (
          date('date', words.california ? 'Date of injury (DOI)' : words.dateOfInjury, `Date of ${of}`, focusKey === injury.id)
        ) : (
          <>
            {date('ctFrom', 'CT from', `CT from date of ${of}`, focusKey === injury.id)}
            {date('ctTo', 'CT to', `CT to date of ${of}`)}
          </>
        )}
        {words.caseNumber && (
          <TextField
            label={words.caseNumber}
            hint={
              words.california ? 'ADJ and 7 to 10 digits, e.g. ADJ1234567. Leave empty if not yet filed.' : 'Leave empty if none.'
            }
            className={styles.grow}
            issue={
              issues.adjNumber ??
              (words.california && injury.adjNumber && !isWcabCaseNumber(injury.adjNumber) ? WCAB_CASE_NUMBER_HINT : undefined)
            }
            ariaLabel={`${words.caseNumber.replace(/\s*\(.*\)$/, '')} of ${of}`}
            value={injury.adjNumber}
            maxLength={words.california ? 13 : 40}
            onChange={(adj) => set({ adjNumber: words.california ? adj.toUpperCase().replace(/\s+/g, '') : adj })}
          />
        )}
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
      {words.workersComp && (
        <Checkbox
          label="Psychiatric injury claimed"
          aria-label={`Psychiatric injury claimed for ${of}`}
          checked={injury.psychClaimed}
          onChange={(_, d) => set({ psychClaimed: d.checked === true })}
        />
      )}
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
              <TextField
                key={`n${j}`}
                issue={issues[`bodyParts.${j}.name`]}
                ariaLabel={`Body part ${j + 1} of ${of}`}
                list={datalistId}
                value={part.name}
                maxLength={120}
                autoFocus={focusKey === `${injury.id}:${j}`}
                onChange={(name) => setPart(j, { name })}
              />,
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
              <RemoveButton key={`r${j}`} what={partOf} onClick={() => onRemoveBodyPart(j)} />,
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
