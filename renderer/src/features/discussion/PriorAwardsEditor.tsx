// Controlled editor of prior permanent disability awards per LC §4664(c)(1) region, with the region-cap warnings the
// parent passes in (from the summary's checkRegionCaps). It never saves; the parent saves the whole list.
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { BodyRegion } from '../../../../electron/common/calc/apportionment';
import { PriorAwardSchema, type PriorAward } from '../../../../electron/common/case/discussion-model';
import {
  EmptyState,
  RemovedNotice,
  fieldState,
  insertAt,
  issuesOf,
  listIsValid,
  removeAt,
  replaceAt,
  useEditorStyles,
  useUndoRemoval,
} from '../../components/list-editing';
import { REGION_OPTIONS, regionOptionLabel } from './discussion-labels';
import { useDiscussionStyles } from './discussion-styles';
import { WholeNumberInput } from '../../components/whole-number-input';
import { useReportValidity } from '../../hooks/use-report-validity';

export interface PriorAwardsEditorProps {
  items: PriorAward[];
  onChange: (items: PriorAward[]) => void;
  /** Region-cap warnings (e.g. summary.regionCaps?.warnings plus summary.regionCapProblems); empty when none. */
  warnings: string[];
  onValidityChange?: (valid: boolean) => void;
}

export function PriorAwardsEditor({ items, onChange, warnings, onValidityChange }: PriorAwardsEditorProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const fit = useDiscussionStyles();
  const report = useReportValidity(listIsValid(PriorAwardSchema, items), onValidityChange);
  const emit = (next: PriorAward[]) => {
    report(listIsValid(PriorAwardSchema, next));
    onChange(next);
  };
  const undo = useUndoRemoval(items, emit);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  const set = (k: number, patch: Partial<PriorAward>) => emit(replaceAt(items, k, { ...items[k]!, ...patch }));
  const remove = (k: number) => {
    const award = items[k]!;
    emit(removeAt(items, k));
    undo.offer({
      what: `prior award ${k + 1} (${regionOptionLabel(award.region)}, ${award.percent}%)`,
      restore: (cur) => insertAt(cur, k, award),
    });
  };

  return (
    <div className={styles.list}>
      {warnings.length > 0 && (
        <div role="status" aria-label="Region cap warnings">
          {warnings.map((w) => (
            <MessageBar key={w} intent="warning" className={local.warning}>
              <MessageBarBody>{w}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      {items.length === 0 ? (
        <EmptyState>
          No prior permanent disability awards. Add each prior award with its body region and percent: LC §4664(b) presumes it
          still exists, and §4664(c) caps each region at 100% over a lifetime.
        </EmptyState>
      ) : (
        <div className={local.grid}>
          <Caption1 aria-hidden>Region (LC §4664(c)(1))</Caption1>
          <Caption1 aria-hidden>Percent</Caption1>
          <Caption1 aria-hidden>Description (award, date, body part)</Caption1>
          <span />
          {items.map((award, k) => {
            const of = `prior award ${k + 1}`;
            const issues = issuesOf(PriorAwardSchema, award);
            return [
              <Field key={`r${k}`} size="small" {...fieldState(issues.region)}>
                <Select
                  size="small"
                  className={fit.fit}
                  select={{ className: fit.fitSelect }}
                  aria-label={`Region of ${of}`}
                  autoFocus={focusIndex === k}
                  value={award.region}
                  onChange={(_, d) => set(k, { region: d.value as BodyRegion })}
                >
                  {REGION_OPTIONS.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </Select>
              </Field>,
              <WholeNumberInput
                key={`p${k}`}
                required
                ariaLabel={`Percent of ${of}`}
                value={award.percent}
                onChange={(v) => v !== null && set(k, { percent: v })}
                message={issues.percent}
              />,
              <Field key={`d${k}`} size="small" {...fieldState(issues.description)}>
                <Input
                  size="small"
                  aria-label={`Description of ${of}`}
                  maxLength={500}
                  value={award.description}
                  onChange={(_, d) => set(k, { description: d.value })}
                />
              </Field>,
              <Button
                key={`x${k}`}
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Remove ${of}`}
                title={`Remove ${of}`}
                onClick={() => remove(k)}
              />,
            ];
          })}
        </div>
      )}
      <RemovedNotice removal={undo.removal} onUndo={undo.undo} fallbackFocus={addRef} />
      <div>
        <Button
          ref={addRef}
          size="small"
          icon={<AddRegular />}
          onClick={() => {
            setFocusIndex(items.length);
            emit([...items, { region: 'D', percent: 0, description: '' }]);
          }}
        >
          Add prior award
        </Button>
      </div>
    </div>
  );
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 2fr) 7rem minmax(12rem, 3fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
  },
  warning: { marginBottom: tokens.spacingVerticalXS },
});
