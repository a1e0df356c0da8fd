// Controlled editor for the parties' questions, grouped and numbered per party as in their letters, each followed by
// the slot where the parent renders its answer. Order within a party is the letter's order, so questions can be moved.
import {
  Badge,
  Button,
  Field,
  Label,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useRef, type ReactNode } from 'react';
import {
  QuestionSchema,
  answerSectionId,
  type Party,
  type PartyQuestion,
} from '../../../../electron/common/case/structure-model';
import type { Vocabulary } from '../../../../electron/common/template/vocabulary';
import { useVocabulary } from '../../hooks/use-vocabulary';
import { describeParty } from './PartiesEditor';
import {
  ListEditorShell,
  RemoveButton,
  fieldState,
  newId,
  useEditorStyles,
  useListEditing,
  type Issues,
  type ListEditorProps,
} from '../../components/list-editing';

export interface QuestionsEditorProps extends ListEditorProps<PartyQuestion> {
  parties: Party[];
  /** The answer below each question; numberLabel reads "question 2 from A. Lawyer (Applicant attorney)". */
  renderAnswer?: (question: PartyQuestion, numberLabel: string) => ReactNode;
  /** Ids of answered questions (question ids or their answer section ids); without it no "Unanswered" badges show. */
  answered?: ReadonlySet<string>;
}

const JOINT = 'all parties (joint letter)';
const REMOVED = 'a party no longer in the case';

interface Group {
  partyId: string | null;
  who: string;
  known: boolean;
  questions: { question: PartyQuestion; index: number; number: number }[];
}

/** Joint letter first, then parties in case order, then questions of parties that were removed from the case. */
function groupQuestions(items: readonly PartyQuestion[], parties: readonly Party[], words: Vocabulary): Group[] {
  const groups = new Map<string | null, Group>();
  groups.set(null, { partyId: null, who: JOINT, known: true, questions: [] });
  for (const p of parties) groups.set(p.id, { partyId: p.id, who: describeParty(p, words), known: true, questions: [] });
  items.forEach((question, index) => {
    let group = groups.get(question.partyId);
    if (!group) groups.set(question.partyId, (group = { partyId: question.partyId, who: REMOVED, known: false, questions: [] }));
    group.questions.push({ question, index, number: group.questions.length + 1 });
  });
  return [...groups.values()].filter((g) => g.questions.length > 0);
}

export function QuestionsEditor({ items, parties, onChange, onValidityChange, renderAnswer, answered }: QuestionsEditorProps) {
  // The list's focus key names the control to focus when it mounts: a new question's text, or the party select of a
  // question moved to another group.
  const { issues, emit, list } = useListEditing(items, onChange, QuestionSchema, onValidityChange);
  const rootRef = useRef<HTMLDivElement>(null);
  const words = useVocabulary();
  const groups = groupQuestions(items, parties, words);

  const add = (partyId: string | null) => {
    const question: PartyQuestion = { id: newId(), partyId, text: '' };
    list.add(question, `${question.id}:text`);
  };
  const move = (group: Group, position: number, delta: -1 | 1) => {
    const a = group.questions[position];
    const b = group.questions[position + delta];
    if (!a || !b) return;
    const next = [...items];
    next[a.index] = b.question;
    next[b.index] = a.question;
    emit(next);
    // Reordering moves DOM nodes, which drops focus; put it back on the same button (or its twin at the list's end).
    requestAnimationFrame(() => {
      const box = rootRef.current?.querySelector(`[data-question="${a.question.id}"]`);
      const button =
        box?.querySelector<HTMLButtonElement>(`[data-move="${delta}"]:not([disabled])`) ??
        box?.querySelector<HTMLButtonElement>('[data-move]:not([disabled])');
      button?.focus();
    });
  };

  return (
    <ListEditorShell
      rootRef={rootRef}
      list={list}
      add={(addRef) => (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton ref={addRef} size="small" icon={<AddRegular />}>
              Add question from…
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => add(null)}>All parties (joint letter)</MenuItem>
              {parties.map((p) => (
                <MenuItem key={p.id} onClick={() => add(p.id)}>
                  {describeParty(p, words)}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      empty={
        <>
          No questions entered yet. Enter each question from the parties’ letters word for word, in their order; your answer goes
          below each question.
        </>
      }
    >
      {groups.map((group) => (
        <QuestionGroup
          key={group.partyId ?? 'joint'}
          group={group}
          parties={parties}
          issues={issues}
          focusKey={list.focusKey}
          answered={answered}
          renderAnswer={renderAnswer}
          onText={(index, text) => list.replace(index, { ...items[index]!, text })}
          onParty={(index, partyId) => {
            list.setFocusKey(`${items[index]!.id}:party`);
            list.replace(index, { ...items[index]!, partyId });
          }}
          onMove={(position, delta) => move(group, position, delta)}
          onRemove={(index, number) => list.remove(index, `question ${number} from ${group.who}`)}
          onAdd={() => add(group.partyId)}
        />
      ))}
    </ListEditorShell>
  );
}

interface QuestionGroupProps {
  group: Group;
  parties: readonly Party[];
  issues: readonly Issues[];
  focusKey: string | null;
  answered: ReadonlySet<string> | undefined;
  renderAnswer: QuestionsEditorProps['renderAnswer'];
  onText: (index: number, text: string) => void;
  onParty: (index: number, partyId: string | null) => void;
  onMove: (position: number, delta: -1 | 1) => void;
  onRemove: (index: number, number: number) => void;
  onAdd: () => void;
}

function QuestionGroup({
  group,
  parties,
  issues,
  focusKey,
  answered,
  renderAnswer,
  onText,
  onParty,
  onMove,
  onRemove,
  onAdd,
}: QuestionGroupProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const words = useVocabulary();
  const headingId = useId('questions-from');
  const idBase = useId('question');
  const last = group.questions.length - 1;

  return (
    <div role="group" aria-labelledby={headingId} className={styles.card}>
      <Subtitle2 as="h4" id={headingId} className={local.heading}>
        Questions from {group.who}
      </Subtitle2>
      {group.questions.map(({ question, index, number }, position) => {
        const label = `question ${number} from ${group.who}`;
        const textLabel = `Question ${number} from ${group.who}`;
        const textId = `${idBase}-${question.id}`;
        const unanswered = answered && !answered.has(question.id) && !answered.has(answerSectionId(question.id));
        return (
          <div key={question.id} data-question={question.id} className={local.question}>
            <div className={styles.cardHeader}>
              <div className={styles.actions}>
                <Label htmlFor={textId} weight="semibold">
                  Question {number}
                </Label>
                {unanswered && (
                  <Badge appearance="tint" color="warning" size="small">
                    Unanswered
                  </Badge>
                )}
              </div>
              <div className={styles.actions}>
                <Label size="small" htmlFor={`${textId}-party`}>
                  Asked by
                </Label>
                <Select
                  id={`${textId}-party`}
                  size="small"
                  aria-label={`Party of ${label}`}
                  value={question.partyId ?? ''}
                  autoFocus={focusKey === `${question.id}:party`}
                  onChange={(_, d) => onParty(index, d.value === '' ? null : d.value)}
                >
                  <option value="">All parties (joint letter)</option>
                  {parties.map((p) => (
                    <option key={p.id} value={p.id}>
                      {describeParty(p, words)}
                    </option>
                  ))}
                  {!group.known && question.partyId && <option value={question.partyId}>A party no longer in the case</option>}
                </Select>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUpRegular />}
                  data-move={-1}
                  disabled={position === 0}
                  aria-label={`Move ${label} up`}
                  title="Move up"
                  onClick={() => onMove(position, -1)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDownRegular />}
                  data-move={1}
                  disabled={position === last}
                  aria-label={`Move ${label} down`}
                  title="Move down"
                  onClick={() => onMove(position, 1)}
                />
                <RemoveButton what={label} onClick={() => onRemove(index, number)} />
              </div>
            </div>
            <Field size="small" {...fieldState(issues[index]?.text ?? issues[index]?.partyId)}>
              <Textarea
                id={textId}
                aria-label={textLabel}
                placeholder="The question exactly as the party wrote it"
                resize="vertical"
                rows={3}
                maxLength={5000}
                value={question.text}
                autoFocus={focusKey === `${question.id}:text`}
                onChange={(_, d) => onText(index, d.value)}
              />
            </Field>
            {renderAnswer && <div className={local.answer}>{renderAnswer(question, label)}</div>}
          </div>
        );
      })}
      {group.known && (
        <div>
          <Button size="small" icon={<AddRegular />} aria-label={`Add question from ${group.who}`} onClick={onAdd}>
            Add question
          </Button>
        </div>
      )}
    </div>
  );
}

const useStyles = makeStyles({
  heading: { margin: 0 },
  question: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  answer: { paddingLeft: tokens.spacingHorizontalL, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}` },
});
