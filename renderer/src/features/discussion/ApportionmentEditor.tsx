// Controlled editor of apportionment: one card per body part per injury, created on demand ("Apportion Lumbar spine"),
// each checked live against the 100% total and the how-and-why rule. It never saves; the parent saves the whole list.
import { Button, Caption1 } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { ApportionmentSchema, bodyPartKey, type Apportionment } from '../../../../electron/common/case/discussion-model';
import type { Injury } from '../../../../electron/common/case/structure-model';
import {
  EmptyState,
  insertAt,
  newId,
  removeAt,
  replaceById,
  updateById,
  useEditorStyles,
  useListEditing,
  type ListEditorProps,
} from '../../components/list-editing';
import { ApportionmentCard } from './ApportionmentCard';
import { InjuryGroup, InjuryGroups, orphansOf } from './InjuryGroups';
import { injuryName, partName, uniqueBodyParts } from './discussion-labels';

export interface ApportionmentEditorProps extends ListEditorProps<Apportionment> {
  injuries: Injury[];
}

function newApportionment(injuryId: string, bodyPart: string): Apportionment {
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
  // The issues are the cards' own (checkApportionment); only the validity is needed here.
  const { emit, list } = useListEditing(items, onChange, ApportionmentSchema, onValidityChange);

  const update = (next: Apportionment) => emit(replaceById(items, next));
  const add = (injuryId: string, bodyPart: string) => {
    const entry = newApportionment(injuryId, bodyPart);
    list.add(entry, entry.id);
  };
  const removeFactor = (entry: Apportionment, k: number, name: string) => {
    const factor = entry.factors[k]!;
    update({ ...entry, factors: removeAt(entry.factors, k) });
    list.undo.offer({
      what: `factor ${k + 1} for ${name}`,
      restore: (cur) => updateById(cur, entry.id, (a) => ({ ...a, factors: insertAt(a.factors, k, factor) })),
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
        autoFocus={list.focusKey === entry.id}
        onChange={update}
        onRemove={() => list.remove(items.indexOf(entry), `the apportionment of ${name}`)}
        onRemoveFactor={(k) => removeFactor(entry, k, name)}
      />
    );
  };

  const orphans = orphansOf(items, injuries);
  if (injuries.length === 0 && orphans.length === 0) {
    return (
      <EmptyState>
        No injuries yet. Enter the injuries and their body parts in Case &amp; parties first; then apportion each body part here:
        the industrial percent and each other factor with how and why it causes part of the permanent disability.
      </EmptyState>
    );
  }

  return (
    <InjuryGroups undo={list.undo}>
      {injuries.map((injury, i) => {
        const number = i + 1;
        const parts = uniqueBodyParts(injury);
        const own = items.filter((a) => a.injuryId === injury.id);
        const listed = (a: Apportionment) => parts.some((p) => bodyPartKey(p) === bodyPartKey(a.bodyPart));
        const missing = parts.filter((p) => !own.some((a) => bodyPartKey(a.bodyPart) === bodyPartKey(p)));
        const ordered = [...own].sort((a, b) => order(parts, a) - order(parts, b));
        return (
          <InjuryGroup key={injury.id} label={`Apportionment of ${injuryName(number)}`} injury={injury} number={number}>
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
          </InjuryGroup>
        );
      })}
      {orphans.length > 0 && (
        <InjuryGroup label="Apportionment of injuries no longer in the case" injury={undefined} number={0}>
          <EmptyState>These entries belong to an injury that was removed. Remove them, or they cannot be saved.</EmptyState>
          {orphans.map((a) => card(a, 0))}
        </InjuryGroup>
      )}
    </InjuryGroups>
  );
}

function order(parts: readonly string[], a: Apportionment): number {
  const i = parts.findIndex((p) => bodyPartKey(p) === bodyPartKey(a.bodyPart));
  return i === -1 ? parts.length : i;
}
