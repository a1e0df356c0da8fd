// Controlled editor of temporary disability periods (from–to, total or partial) and the permanent-and-stationary (P&S) or
// maximum medical improvement (MMI) status and date, with the disagreements the parent found between places in the case.
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import {
  PS_STATUSES,
  TdPeriodSchema,
  type PsStatus,
  type PsStatusKind,
  type TdPeriod,
} from '../../../../electron/common/case/discussion-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import {
  EmptyState,
  RemovedNotice,
  fieldState,
  insertAt,
  issuesOf,
  listIsValid,
  newId,
  removeAt,
  replaceAt,
  useEditorStyles,
  useUndoRemoval,
} from '../../components/list-editing';
import { useDiscussionStyles } from './discussion-styles';
import { useReportValidity } from '../../hooks/use-report-validity';

export interface DisabilityEditorProps {
  tdPeriods: TdPeriod[];
  ps: PsStatus | null;
  onChange: (tdPeriods: TdPeriod[], ps: PsStatus | null) => void;
  /** Disagreements the parent found (e.g. the P&S date here differs from the one in the narrative); empty when none. */
  conflicts: string[];
  onValidityChange?: (valid: boolean) => void;
}

export const PS_STATUS_LABELS: Record<PsStatusKind, string> = {
  'permanent-and-stationary': 'Permanent and stationary (P&S)',
  mmi: 'Maximum medical improvement (MMI)',
  'not-yet': 'Not yet P&S / MMI',
};

const TD_KIND_LABELS: Record<TdPeriod['kind'], string> = { total: 'Temporary total (TTD)', partial: 'Temporary partial (TPD)' };

const isValid = (periods: readonly TdPeriod[]) => listIsValid(TdPeriodSchema, periods);

export function DisabilityEditor({ tdPeriods, ps, onChange, conflicts, onValidityChange }: DisabilityEditorProps) {
  const styles = useEditorStyles();
  const local = useStyles();
  const fit = useDiscussionStyles();
  const report = useReportValidity(isValid(tdPeriods), onValidityChange);
  const emit = (periods: TdPeriod[], status: PsStatus | null = ps) => {
    report(isValid(periods));
    onChange(periods, status);
  };
  const undo = useUndoRemoval(tdPeriods, (next) => emit(next));
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  const set = (k: number, patch: Partial<TdPeriod>) => emit(replaceAt(tdPeriods, k, { ...tdPeriods[k]!, ...patch }));
  const remove = (k: number) => {
    const p = tdPeriods[k]!;
    emit(removeAt(tdPeriods, k));
    const when = [formatUsDate(p.from), p.to ? formatUsDate(p.to) : 'ongoing'].filter(Boolean).join(' – ');
    undo.offer({
      what: `temporary disability period ${k + 1}${when ? ` (${when})` : ''}`,
      restore: (cur) => insertAt(cur, k, p),
    });
  };
  const dated = ps !== null && ps.status !== 'not-yet';

  return (
    <div className={styles.list}>
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
              emit(tdPeriods, status === null ? null : { status, date: status === 'not-yet' ? null : (ps?.date ?? null) });
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
            <Input
              size="small"
              type="date"
              aria-label="Date of permanent and stationary status"
              min="1900-01-01"
              max="2200-12-31"
              value={ps.date ?? ''}
              onChange={(_, d) => emit(tdPeriods, { ...ps, date: d.value || null })}
            />
          </Field>
        )}
      </div>

      <Subtitle2 as="h4" className={local.heading}>
        Temporary disability
      </Subtitle2>
      {tdPeriods.length === 0 ? (
        <EmptyState>
          No temporary disability periods. Add each period the examinee was temporarily totally or partially disabled, with its
          dates.
        </EmptyState>
      ) : (
        <div className={local.grid}>
          <Caption1 aria-hidden>From</Caption1>
          <Caption1 aria-hidden>To (empty if ongoing)</Caption1>
          <Caption1 aria-hidden>Kind</Caption1>
          <span />
          {tdPeriods.map((p, k) => {
            const of = `temporary disability period ${k + 1}`;
            const issues = issuesOf(TdPeriodSchema, p);
            return [
              <Field key={`f${p.id}`} size="small" {...fieldState(issues.from)}>
                <Input
                  size="small"
                  type="date"
                  aria-label={`Start of ${of}`}
                  min="1900-01-01"
                  max="2200-12-31"
                  autoFocus={focusId === p.id}
                  value={p.from}
                  onChange={(_, d) => set(k, { from: d.value })}
                />
              </Field>,
              <Field key={`t${p.id}`} size="small" {...fieldState(issues.to)}>
                <Input
                  size="small"
                  type="date"
                  aria-label={`End of ${of}`}
                  min="1900-01-01"
                  max="2200-12-31"
                  value={p.to ?? ''}
                  onChange={(_, d) => set(k, { to: d.value || null })}
                />
              </Field>,
              <Field key={`k${p.id}`} size="small" {...fieldState(issues.kind)}>
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
              <Button
                key={`x${p.id}`}
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
          aria-label="Add temporary disability period"
          onClick={() => {
            const p: TdPeriod = { id: newId(), from: '', to: null, kind: 'total' };
            setFocusId(p.id);
            emit([...tdPeriods, p]);
          }}
        >
          Add period
        </Button>
      </div>
    </div>
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
