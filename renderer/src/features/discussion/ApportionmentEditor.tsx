// Controlled editor of apportionment: one card per body part per injury, created on demand ("Apportion Lumbar spine"),
// each checked live against the 100% total and the how-and-why rule. It never saves; the parent saves the whole list.
import { Body1Strong, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { ApportionmentSchema, bodyPartKey, type Apportionment } from '../../../../electron/common/case/discussion-model';
import type { Injury } from '../../../../electron/common/case/structure-model';
import {
  EmptyState,
  RemovedNotice,
  insertAt,
  listIsValid,
  newId,
  removeAt,
  useEditorStyles,
  useUndoRemoval,
} from '../../components/list-editing';
import { ApportionmentCard } from './ApportionmentCard';
import { injuryHeading, injuryName, partName, uniqueBodyParts } from './discussion-labels';
import { useReportValidity } from '../../hooks/use-report-validity';

export interface ApportionmentEditorProps {
  injuries: Injury[];
  items: Apportionment[];
  onChange: (items: Apportionment[]) => void;
  onValidityChange?: (valid: boolean) => void;
}

export function newApportionment(injuryId: string, bodyPart: string): Apportionment {
  return {
    id: newId(),
    injuryId,
    bodyPart,
    industrialPercent: null,
    industrialExplanation: '',
    factors: [],
    cannotApportion: false,
    cannotApportionReasons: '',
  };
}

export function ApportionmentEditor({ injuries, items, onChange, onValidityChange }: ApportionmentEditorProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const report = useReportValidity(listIsValid(ApportionmentSchema, items), onValidityChange);
  const emit = (next: Apportionment[]) => {
    report(listIsValid(ApportionmentSchema, next));
    onChange(next);
  };
  const undo = useUndoRemoval(items, emit);
  const [focusId, setFocusId] = useState<string | null>(null);
  const topRef = useRef<HTMLDivElement>(null);

  const update = (next: Apportionment) => emit(items.map((a) => (a.id === next.id ? next : a)));
  const add = (injuryId: string, bodyPart: string) => {
    const entry = newApportionment(injuryId, bodyPart);
    setFocusId(entry.id);
    emit([...items, entry]);
  };
  const remove = (entry: Apportionment, name: string) => {
    const index = items.findIndex((a) => a.id === entry.id);
    emit(items.filter((a) => a.id !== entry.id));
    undo.offer({ what: `the apportionment of ${name}`, restore: (cur) => insertAt(cur, index, entry) });
  };
  const removeFactor = (entry: Apportionment, k: number, name: string) => {
    const factor = entry.factors[k]!;
    update({ ...entry, factors: removeAt(entry.factors, k) });
    undo.offer({
      what: `factor ${k + 1} for ${name}`,
      restore: (cur) => cur.map((a) => (a.id === entry.id ? { ...a, factors: insertAt(a.factors, k, factor) } : a)),
    });
  };

  const card = (entry: Apportionment, number: number, note?: string) => {
    const name = partName(entry.bodyPart, number);
    return (
      <ApportionmentCard
        key={entry.id}
        item={entry}
        name={name}
        injury={number > 0 ? injuryName(number) : 'an injury no longer in the case'}
        note={note}
        autoFocus={focusId === entry.id}
        onChange={update}
        onRemove={() => remove(entry, name)}
        onRemoveFactor={(k) => removeFactor(entry, k, name)}
      />
    );
  };

  const orphans = items.filter((a) => !injuries.some((i) => i.id === a.injuryId));
  if (injuries.length === 0 && orphans.length === 0) {
    return (
      <EmptyState>
        No injuries yet. Enter the injuries and their body parts in Case &amp; parties first; then apportion each body part here:
        the industrial percent and each other factor with how and why it causes part of the permanent disability.
      </EmptyState>
    );
  }

  return (
    <div ref={topRef} tabIndex={-1} className={local.groups}>
      {injuries.map((injury, i) => {
        const number = i + 1;
        const parts = uniqueBodyParts(injury);
        const own = items.filter((a) => a.injuryId === injury.id);
        const listed = (a: Apportionment) => parts.some((p) => bodyPartKey(p) === bodyPartKey(a.bodyPart));
        const missing = parts.filter((p) => !own.some((a) => bodyPartKey(a.bodyPart) === bodyPartKey(p)));
        const ordered = [...own].sort((a, b) => order(parts, a) - order(parts, b));
        return (
          <section key={injury.id} aria-label={`Apportionment of ${injuryName(number)}`} className={styles.list}>
            <Body1Strong as="h4" className={local.heading}>
              {injuryHeading(injury, number)}
            </Body1Strong>
            {parts.length === 0 && own.length === 0 && (
              <EmptyState>{`Injury ${number} has no body parts yet. Add them in Case & parties, then apportion each here.`}</EmptyState>
            )}
            {ordered.map((a) =>
              card(
                a,
                number,
                listed(a) ? undefined : `${a.bodyPart} is no longer among the body parts of ${injuryName(number)}.`,
              ),
            )}
            {missing.length > 0 && (
              <div className={styles.actions}>
                <Caption1>{own.length === 0 ? 'Apportion each body part:' : 'Not apportioned yet:'}</Caption1>
                {missing.map((p) => (
                  <Button
                    key={p}
                    size="small"
                    icon={<AddRegular />}
                    aria-label={`Apportion ${partName(p, number)}`}
                    onClick={() => add(injury.id, p)}
                  >
                    Apportion {p}
                  </Button>
                ))}
              </div>
            )}
          </section>
        );
      })}
      {orphans.length > 0 && (
        <section aria-label="Apportionment of injuries no longer in the case" className={styles.list}>
          <Body1Strong as="h4" className={local.heading}>
            {injuryHeading(undefined, 0)}
          </Body1Strong>
          <EmptyState>These entries belong to an injury that was removed. Remove them, or they cannot be saved.</EmptyState>
          {orphans.map((a) => card(a, 0))}
        </section>
      )}
      <RemovedNotice removal={undo.removal} onUndo={undo.undo} fallbackFocus={topRef} />
    </div>
  );
}

function order(parts: readonly string[], a: Apportionment): number {
  const i = parts.findIndex((p) => bodyPartKey(p) === bodyPartKey(a.bodyPart));
  return i === -1 ? parts.length : i;
}

const useStyles = makeStyles({
  groups: { display: 'grid', gap: tokens.spacingVerticalXL, outline: 'none' },
  heading: { margin: 0 },
});
