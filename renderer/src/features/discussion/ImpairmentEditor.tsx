// Controlled editor of the impairment ratings, grouped by injury: add a rating per body part, see each conversion and the
// injury's combined WPI as you type, and (in California, with two injuries rated) choose to combine across injuries.
// It never saves: the parent saves (items, combine, combineAcross) while onValidityChange says valid.
import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  COMBINE_ACROSS_OFF,
  CombineOptionSchema,
  ImpairmentSchema,
  bodyPartKey,
  type CombineAcross,
  type CombineOption,
  type Impairment,
} from '../../../../electron/common/case/discussion-model';
import { combineOptionFor } from '../../../../electron/common/case/impairment-rules';
import type { Injury } from '../../../../electron/common/case/structure-model';
import {
  EmptyState,
  issuesOf,
  listIsValid,
  newId,
  replaceById,
  updateById,
  useEditorStyles,
  useListItems,
} from '../../components/list-editing';
import { CombinedAcrossInjuries } from './CombinedAcrossInjuries';
import { CombinedWpi } from './CombinedWpi';
import { BodyPartSelect, ImpairmentRow } from './ImpairmentRow';
import { InjuryGroup, InjuryGroups, orphansOf } from './InjuryGroups';
import { injuryName, partName, uniqueBodyParts } from './discussion-labels';
import { blankImpairment, previewAcrossInjuries, withCombineOption } from './impairment-preview';
import { useReportValidity } from '../../hooks/use-report-validity';
import { useVocabulary } from '../../hooks/use-vocabulary';
import { GUIDES_EDITION_LABELS, type GuidesEdition } from '../../../../electron/common/template/vocabulary';

export interface ImpairmentEditorProps {
  injuries: Injury[];
  items: Impairment[];
  combine: CombineOption[];
  /** The case's choice to combine across injuries (Benson exception); off when not given. */
  combineAcross?: CombineAcross;
  onChange: (items: Impairment[], combine: CombineOption[], combineAcross: CombineAcross) => void;
  onValidityChange?: (valid: boolean) => void;
  /** The edition the case is rated by; null while none is chosen. */
  edition?: GuidesEdition | null;
}

const isValid = (items: readonly Impairment[], combine: readonly CombineOption[]) =>
  listIsValid(ImpairmentSchema, items) && listIsValid(CombineOptionSchema, combine);

/** "Lumbar spine, injury 1", or "Lumbar spine (2), injury 1" for a second rating of the same body part. */
function rowNames(rows: readonly Impairment[], injuryNumber: number): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = (seen.get(bodyPartKey(r.bodyPart)) ?? 0) + 1;
    seen.set(bodyPartKey(r.bodyPart), n);
    return partName(n > 1 ? `${r.bodyPart} (${n})` : r.bodyPart, injuryNumber);
  });
}

export function ImpairmentEditor({
  injuries,
  items,
  combine,
  combineAcross = COMBINE_ACROSS_OFF,
  onChange,
  onValidityChange,
  edition = '5th',
}: ImpairmentEditorProps) {
  const words = useVocabulary();
  // The conversion tools use the 5th Edition's tables; another edition's ratings are entered with their own citation.
  const fifthEditionTools = edition === null || edition === '5th';
  const report = useReportValidity(isValid(items, combine), onValidityChange);
  // The choice to combine across injuries is not part of validity: while its reason is too short, the parent keeps the
  // saved choice and still saves the ratings.
  const emit = (nextItems: Impairment[], nextCombine: CombineOption[] = combine, nextAcross = combineAcross) => {
    // A choice for an injury removed from the case is invisible here and would make the save fail; drop it.
    const known = nextCombine.filter((c) => injuries.some((j) => j.id === c.injuryId));
    report(isValid(nextItems, known));
    onChange(nextItems, known, nextAcross);
  };
  const list = useListItems(items, (next) => emit(next));

  const update = (next: Impairment) => emit(replaceById(items, next));
  const add = (injuryId: string, bodyPart: string) => {
    const row = blankImpairment(newId(), injuryId, bodyPart);
    list.add(row, row.id);
  };
  const removeRebuttal = (row: Impairment, name: string) => {
    const rebuttal = row.almarazGuzman;
    update({ ...row, almarazGuzman: null });
    if (rebuttal && (rebuttal.reasons.trim() || rebuttal.strictWpi !== rebuttal.alternativeWpi)) {
      list.undo.offer({
        what: `the Almaraz/Guzman rebuttal of ${name}`,
        restore: (cur) => updateById(cur, row.id, (i) => ({ ...i, almarazGuzman: rebuttal })),
      });
    }
  };

  const orphans = orphansOf(items, injuries);
  const across = previewAcrossInjuries(injuries, items, combine);
  if (injuries.length === 0 && orphans.length === 0) {
    return (
      <EmptyState>
        No injuries yet. Enter the injuries and their body parts in Case &amp; parties first; then rate each body part here with
        its method, the Guides table cited and the whole person impairment (WPI).
      </EmptyState>
    );
  }

  const group = (injury: Injury | undefined, number: number, rows: Impairment[]) => {
    const names = rowNames(rows, number);
    return (
      <InjuryGroup
        key={injury?.id ?? 'orphans'}
        label={`Impairments of ${injury ? injuryName(number) : 'injuries no longer in the case'}`}
        injury={injury}
        number={number}
      >
        {rows.length === 0 && injury && (
          <EmptyState>
            No ratings for {injuryName(number)} yet. Choose a body part and add its impairment: the method (e.g. DRE Lumbar
            Category III), the Guides table cited, and the WPI or a regional value to convert.
          </EmptyState>
        )}
        {!injury && (
          <EmptyState>These ratings belong to an injury that was removed. Remove them, or they cannot be saved.</EmptyState>
        )}
        {rows.map((row, k) => (
          <ImpairmentRow
            key={row.id}
            item={row}
            name={names[k]!}
            bodyParts={injury ? uniqueBodyParts(injury) : [row.bodyPart]}
            issues={issuesOf(ImpairmentSchema, row)}
            autoFocus={list.focusKey === row.id}
            onChange={update}
            onRemove={() => list.remove(items.indexOf(row), `the impairment of ${names[k]!}`)}
            onRemoveRebuttal={() => removeRebuttal(row, names[k]!)}
            fifthEditionTools={fifthEditionTools}
          />
        ))}
        {injury && (
          <AddImpairment
            injury={injury}
            number={number}
            rated={rows.map((r) => r.bodyPart)}
            onAdd={(part) => add(injury.id, part)}
          />
        )}
        {injury && (
          <CombinedWpi
            injuryNumber={number}
            rows={rows}
            option={combineOptionFor(combine, injury.id)}
            onChange={(option) => emit(items, withCombineOption(combine, option))}
          />
        )}
      </InjuryGroup>
    );
  };
  return (
    <InjuryGroups undo={list.undo}>
      {!fifthEditionTools && edition && (
        <EmptyState>
          This case is rated by the {GUIDES_EDITION_LABELS[edition]}. The app’s conversion tools follow the Fifth Edition’s
          tables, so they are hidden: enter each rating’s method, the table or figure of the {GUIDES_EDITION_LABELS[edition]} you
          used, and the WPI. Values are combined with the Combined Values Chart, cited for this edition.
        </EmptyState>
      )}
      {injuries.map((injury, i) =>
        group(
          injury,
          i + 1,
          items.filter((r) => r.injuryId === injury.id),
        ),
      )}
      {orphans.length > 0 && group(undefined, 0, orphans)}
      {/* Benson is California law; a choice already on stays visible so it can be turned off. */}
      {((words.california && across.ratedInjuries >= 2) || combineAcross.on) && (
        <CombinedAcrossInjuries value={combineAcross} preview={across} onChange={(next) => emit(items, combine, next)} />
      )}
    </InjuryGroups>
  );
}

interface AddImpairmentProps {
  injury: Injury;
  number: number;
  /** Body parts already rated: the select starts on the first one not yet rated. */
  rated: readonly string[];
  onAdd: (bodyPart: string) => void;
}

function AddImpairment({ injury, number, rated, onAdd }: AddImpairmentProps) {
  const styles = useEditorStyles();
  const parts = uniqueBodyParts(injury);
  const firstUnrated = parts.find((p) => !rated.some((r) => bodyPartKey(r) === bodyPartKey(p))) ?? parts[0] ?? '';
  const [chosen, setChosen] = useState<string | null>(null);
  const part = chosen !== null && parts.includes(chosen) ? chosen : firstUnrated;
  if (parts.length === 0) {
    return <EmptyState>{`Injury ${number} has no body parts yet. Add them in Case & parties, then rate each here.`}</EmptyState>;
  }
  return (
    <div className={styles.row}>
      <BodyPartSelect ariaLabel={`Body part to rate, ${injuryName(number)}`} parts={parts} value={part} onChange={setChosen} />
      <Button
        size="small"
        icon={<AddRegular />}
        aria-label={`Add impairment to ${injuryName(number)}`}
        onClick={() => {
          onAdd(part);
          setChosen(null);
        }}
      >
        Add impairment
      </Button>
    </div>
  );
}
