// Controlled editor of temporary disability periods (from–to, total or partial) and the permanent-and-stationary (P&S) or
// maximum medical improvement (MMI) status and date, with the disagreements the parent found between places in the case.
import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  PS_STATUSES,
  TdPeriodSchema,
  type PsStatus,
  type PsStatusKind,
  type TdPeriod,
} from '../../../../electron/common/case/discussion-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { DateField, DateInput } from '../../components/fields';
import { ListEditorShell, RemoveButton, fieldState, newId, useEditorStyles, useListEditing } from '../../components/list-editing';
import { useDiscussionStyles } from './discussion-styles';

export interface DisabilityEditorProps {
  tdPeriods: TdPeriod[];
  ps: PsStatus | null;
  onChange: (tdPeriods: TdPeriod[], ps: PsStatus | null) => void;
  /** Disagreements the parent found (e.g. the P&S date here differs from the one in the narrative); empty when none. */
  conflicts: string[];
  onValidityChange?: (valid: boolean) => void;
}

const PS_STATUS_LABELS: Record<PsStatusKind, string> = {
  'permanent-and-stationary': 'Permanent and stationary (P&S)',
  mmi: 'Maximum medical improvement (MMI)',
  'not-yet': 'Not yet P&S / MMI',
};

const TD_KIND_LABELS: Record<TdPeriod['kind'], string> = { total: 'Temporary total (TTD)', partial: 'Temporary partial (TPD)' };

export function DisabilityEditor({ tdPeriods, ps, onChange, conflicts, onValidityChange }: DisabilityEditorProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const fit = useDiscussionStyles();
  // Only the periods can be invalid; a change of the P&S status hands them on as they are.
  const { issues, list } = useListEditing(tdPeriods, (periods) => onChange(periods, ps), TdPeriodSchema, onValidityChange);
  const setPs = (status: PsStatus | null) => onChange(tdPeriods, status);

  const set = (k: number, patch: Partial<TdPeriod>) => list.replace(k, { ...tdPeriods[k]!, ...patch });
  const remove = (k: number) => {
    const p = tdPeriods[k]!;
    const when = [formatUsDate(p.from), p.to ? formatUsDate(p.to) : 'ongoing'].filter(Boolean).join(' – ');
    list.remove(k, `temporary disability period ${k + 1}${when ? ` (${when})` : ''}`);
  };
  const dated = ps !== null && ps.status !== 'not-yet';

  return (
    <ListEditorShell
      list={list}
      add={{
        label: 'Add period',
        ariaLabel: 'Add temporary disability period',
        onClick: () => {
          const p: TdPeriod = { id: newId(), from: '', to: null, kind: 'total' };
          list.add(p, p.id);
        },
      }}
      empty={
        <>
          No temporary disability periods. Add each period the examinee was temporarily totally or partially disabled, with its
          dates.
        </>
      }
    >
      {conflicts.length > 0 && (
        <div role="alert" aria-label="Disagreements in the case">
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>These disagree with other places in the case.</MessageBarTitle>
              <ul className={local.conflicts}>
                {conflicts.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      )}

      <Subtitle2 as="h4" className={local.heading}>
        Permanent and stationary (P&amp;S) / maximum medical improvement (MMI)
      </Subtitle2>
      <div className={styles.row}>
        <Field label="Status" size="small" className={fit.medium}>
          <Select
            size="small"
            aria-label="Permanent and stationary status"
            value={ps?.status ?? ''}
            onChange={(_, d) => {
              const status = (d.value || null) as PsStatusKind | null;
              setPs(status === null ? null : { status, date: status === 'not-yet' ? null : (ps?.date ?? null) });
            }}
          >
            <option value="">Not stated yet</option>
            {PS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PS_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
        {dated && (
          <Field
            label={ps.status === 'mmi' ? 'Date MMI was reached' : 'Date P&S was reached'}
            size="small"
            className={styles.narrow}
            validationMessage={ps.date ? undefined : 'Enter the date; the report and the rating need it.'}
            validationState={ps.date ? 'none' : 'warning'}
          >
            <DateInput
              ariaLabel="Date of permanent and stationary status"
              value={ps.date}
              onChange={(date) => setPs({ ...ps, date })}
            />
          </Field>
        )}
      </div>

      <Subtitle2 as="h4" className={local.heading}>
        Temporary disability
      </Subtitle2>
      {tdPeriods.length > 0 && (
        <div className={local.grid}>
          <Caption1 aria-hidden>From</Caption1>
          <Caption1 aria-hidden>To (empty if ongoing)</Caption1>
          <Caption1 aria-hidden>Kind</Caption1>
          <span />
          {tdPeriods.map((p, k) => {
            const of = `temporary disability period ${k + 1}`;
            const issue = issues[k] ?? {};
            return [
              <DateField
                key={`f${p.id}`}
                issue={issue.from}
                ariaLabel={`Start of ${of}`}
                autoFocus={list.focusKey === p.id}
                value={p.from}
                onChange={(from) => set(k, { from: from ?? '' })}
              />,
              <DateField
                key={`t${p.id}`}
                issue={issue.to}
                ariaLabel={`End of ${of}`}
                value={p.to}
                onChange={(to) => set(k, { to })}
              />,
              <Field key={`k${p.id}`} size="small" {...fieldState(issue.kind)}>
                <Select
                  size="small"
                  aria-label={`Kind of ${of}`}
                  value={p.kind}
                  onChange={(_, d) => set(k, { kind: d.value as TdPeriod['kind'] })}
                >
                  <option value="total">{TD_KIND_LABELS.total}</option>
                  <option value="partial">{TD_KIND_LABELS.partial}</option>
                </Select>
              </Field>,
              <RemoveButton key={`x${p.id}`} what={of} onClick={() => remove(k)} />,
            ];
          })}
        </div>
      )}
    </ListEditorShell>
  );
}

const useStyles = makeStyles({
  heading: { margin: 0 },
  conflicts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(9rem, 1fr) minmax(9rem, 1fr) minmax(11rem, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
  },
});
