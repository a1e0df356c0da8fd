// Controlled editor of prior permanent disability awards per LC §4664(c)(1) region, with the region-cap warnings the
// parent passes in (from the summary's checkRegionCaps). It never saves; the parent saves the whole list.
import { Caption1, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { BodyRegion } from '../../../../electron/common/calc/apportionment';
import { PriorAwardSchema, type PriorAward } from '../../../../electron/common/case/discussion-model';
import { TextField } from '../../components/fields';
import { ListEditorShell, RemoveButton, fieldState, useListEditing, type ListEditorProps } from '../../components/list-editing';
import { REGION_OPTIONS, regionOptionLabel } from './discussion-labels';
import { useDiscussionStyles } from './discussion-styles';
import { WholeNumberInput } from '../../components/whole-number-input';

export interface PriorAwardsEditorProps extends ListEditorProps<PriorAward> {
  /** Region-cap warnings (e.g. summary.regionCaps?.warnings plus summary.regionCapProblems); empty when none. */
  warnings: string[];
}

export function PriorAwardsEditor({ items, onChange, warnings, onValidityChange }: PriorAwardsEditorProps) {
  const local = useStyles();
  const fit = useDiscussionStyles();
  // Awards have no id: the list's focus key is the position of the one just added.
  const { issues, list } = useListEditing(items, onChange, PriorAwardSchema, onValidityChange);

  const set = (k: number, patch: Partial<PriorAward>) => list.replace(k, { ...items[k]!, ...patch });
  const remove = (k: number) => {
    const award = items[k]!;
    list.remove(k, `prior award ${k + 1} (${regionOptionLabel(award.region)}, ${award.percent}%)`);
  };

  return (
    <ListEditorShell
      list={list}
      add={{
        label: 'Add prior award',
        onClick: () => list.add({ region: 'D', percent: 0, description: '' }, String(items.length)),
      }}
      empty={
        <>
          No prior permanent disability awards. Add each prior award with its body region and percent: LC §4664(b) presumes it
          still exists, and §4664(c) caps each region at 100% over a lifetime.
        </>
      }
    >
      {warnings.length > 0 && (
        <div role="status" aria-label="Region cap warnings">
          {warnings.map((w) => (
            <MessageBar key={w} intent="warning" className={local.warning}>
              <MessageBarBody>{w}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      {items.length > 0 && (
        <div className={local.grid}>
          <Caption1 aria-hidden>Region (LC §4664(c)(1))</Caption1>
          <Caption1 aria-hidden>Percent</Caption1>
          <Caption1 aria-hidden>Description (award, date, body part)</Caption1>
          <span />
          {items.map((award, k) => {
            const of = `prior award ${k + 1}`;
            const issue = issues[k] ?? {};
            return [
              <Field key={`r${k}`} size="small" {...fieldState(issue.region)}>
                <Select
                  size="small"
                  className={fit.fit}
                  select={{ className: fit.fitSelect }}
                  aria-label={`Region of ${of}`}
                  autoFocus={list.focusKey === String(k)}
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
                message={issue.percent}
              />,
              <TextField
                key={`d${k}`}
                issue={issue.description}
                ariaLabel={`Description of ${of}`}
                maxLength={500}
                value={award.description}
                onChange={(description) => set(k, { description })}
              />,
              <RemoveButton key={`x${k}`} what={of} onClick={() => remove(k)} />,
            ];
          })}
        </div>
      )}
    </ListEditorShell>
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
