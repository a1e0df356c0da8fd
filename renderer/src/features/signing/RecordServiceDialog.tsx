// "Record service" of a signed report: the date served (today by default), how, and on whom (the case's parties, those the
// service rules send the report to already ticked). A recorded service can be corrected, or removed after a confirmation
// (with Undo). The case list's row actions and the review step both open it through RecordServiceButton.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MailCheckmarkRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  RecordServiceSchema,
  SERVICE_METHODS,
  SERVICE_METHOD_LABELS,
  describeService,
  serviceDateIssue,
  type CaseServiceView,
  type RecordServiceInput,
  type ServedParty,
  type ServiceMethodKind,
  type ServiceRecord,
} from '../../../../electron/common/case/report-service';
import { PARTY_ROLE_LABELS } from '../../../../electron/common/case/structure-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { messageOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField, TextField } from '../../components/fields';
import { fieldState, issuesOf } from '../../components/list-editing';
import { useNotify } from '../../components/notifications';
import { casesApi } from '../cases/cases-api';

const useStyles = makeStyles({
  content: { display: 'grid', gap: '12px' },
  parties: {
    display: 'grid',
    gap: '2px',
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  issue: { color: tokens.colorPaletteRedForeground1 },
});

const inputOf = (caseId: string, r: ServiceRecord): RecordServiceInput => ({
  caseId,
  version: r.version,
  servedOn: r.servedOn,
  method: r.method,
  otherMethod: r.otherMethod,
  partyIds: r.parties.map((p) => p.partyId),
});

interface RecordServiceDialogProps {
  caseId: string;
  onClose: () => void;
  /** After a service was recorded, corrected or removed (or the removal undone): reload what shows it. */
  onChanged: () => void;
}

function RecordServiceDialog({ caseId, onClose, onChanged }: RecordServiceDialogProps) {
  const styles = useStyles();
  const notify = useNotify();
  const partiesIssueId = useId();
  const [view, setView] = useState<CaseServiceView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [servedOn, setServedOn] = useState<string | null>(null);
  const [method, setMethod] = useState<ServiceMethodKind>('mail');
  const [otherMethod, setOtherMethod] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);

  useEffect(() => {
    casesApi.getService(caseId).then(
      (v) => {
        const recorded = v.records.find((r) => r.version === v.signed?.version);
        setView(v);
        setServedOn(recorded?.servedOn ?? v.today);
        setMethod(recorded?.method ?? 'mail');
        setOtherMethod(recorded?.otherMethod ?? '');
        const defaults = recorded ? recorded.parties : v.candidates.filter((c) => c.getsReport);
        setChosen(new Set(defaults.map((p) => p.partyId)));
      },
      (e: unknown) => setLoadError(messageOf(e)),
    );
  }, [caseId]);

  const signed = view?.signed ?? null;
  const recorded = signed ? view?.records.find((r) => r.version === signed.version) : undefined;
  // A correction keeps showing the people it named, even one taken off the parties list since.
  const people: ServedParty[] = [
    ...(view?.candidates ?? []),
    ...(recorded?.parties.filter((p) => !view?.candidates.some((c) => c.partyId === p.partyId)) ?? []),
  ];
  const input: RecordServiceInput | null = signed && {
    caseId,
    version: signed.version,
    servedOn: servedOn ?? '',
    method,
    otherMethod,
    partyIds: people.filter((p) => chosen.has(p.partyId)).map((p) => p.partyId),
  };
  // The contract's own messages, and the date's bounds the backend checks with the same words.
  const issues = input ? issuesOf(RecordServiceSchema, input) : {};
  const dateIssue = signed && view ? serviceDateIssue(servedOn, signed.signingDate, view.today) : null;
  const valid = input !== null && !dateIssue && Object.keys(issues).length === 0;

  const toggle = (partyId: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(partyId);
      else next.delete(partyId);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!input || !valid) return;
    setBusy(true);
    setError(null);
    try {
      const next = await casesApi.recordService(input);
      const saved = next.records.find((r) => r.version === input.version);
      notify.info(`${saved ? describeService(saved) : 'Service recorded'}. The case is marked served.`);
      onChanged();
      onClose();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!recorded) return;
    setConfirmingRemoval(false);
    setBusy(true);
    setError(null);
    try {
      await casesApi.removeService(caseId, recorded.version);
      notify.undoable(`Removed the service record of version ${recorded.version}; the case shows its deadline again.`, () => {
        casesApi.recordService(inputOf(caseId, recorded)).then(
          () => {
            notify.info(`Restored the service record of version ${recorded.version}.`);
            onChanged();
          },
          (e: unknown) => notify.error(messageOf(e)),
        );
      });
      onChanged();
      onClose();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  if (confirmingRemoval && recorded) {
    return (
      <ConfirmDialog
        title="Remove the service record?"
        message={`${describeService(recorded)} will no longer be recorded for version ${recorded.version}, and the case list shows its deadline again. You can undo this right after.`}
        confirmLabel="Remove service record"
        onCancel={() => setConfirmingRemoval(false)}
        onConfirm={() => void remove()}
      />
    );
  }

  const title = recorded ? 'Correct the service record' : 'Record service';
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface aria-label={title}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {loadError && (
                <MessageBar intent="error">
                  <MessageBarBody>{loadError}</MessageBarBody>
                </MessageBar>
              )}
              {view && !signed && (
                <Body1>
                  The current version of this report is not signed yet. Sign and export it on the review step; then record when it
                  was served.
                </Body1>
              )}
              {view && signed && (
                <>
                  <Body1>
                    {view.examineeName}: version {signed.version}, signed on {formatUsDate(signed.signingDate)}.
                  </Body1>
                  <DateField
                    label="Date served"
                    ariaLabel="Date served"
                    required
                    autoFocus
                    value={servedOn}
                    onChange={setServedOn}
                    issue={dateIssue ?? undefined}
                  />
                  <Field label="Method" size="small" {...fieldState(issues.method)}>
                    <Select value={method} onChange={(_, d) => setMethod(SERVICE_METHODS.find((m) => m === d.value) ?? 'mail')}>
                      {SERVICE_METHODS.map((m) => (
                        <option key={m} value={m}>
                          {SERVICE_METHOD_LABELS[m]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  {method === 'other' && (
                    <TextField
                      label="How it was served"
                      ariaLabel="How it was served"
                      required
                      maxLength={120}
                      value={otherMethod}
                      onChange={setOtherMethod}
                      issue={submitted ? issues.otherMethod : undefined}
                    />
                  )}
                  <fieldset className={styles.parties} aria-describedby={issues.partyIds ? partiesIssueId : undefined}>
                    <legend className={styles.legend}>Served on</legend>
                    {people.length === 0 && (
                      <Body1>No parties are entered for this case. Add them on the Case and parties step first.</Body1>
                    )}
                    {people.map((p) => (
                      <Checkbox
                        key={p.partyId}
                        label={`${p.name} (${PARTY_ROLE_LABELS[p.role]})`}
                        checked={chosen.has(p.partyId)}
                        onChange={(_, d) => toggle(p.partyId, d.checked === true)}
                      />
                    ))}
                    {issues.partyIds && (
                      <Caption1 id={partiesIssueId} className={styles.issue}>
                        {issues.partyIds}
                      </Caption1>
                    )}
                  </fieldset>
                </>
              )}
              {error && <div role="alert">{error}</div>}
            </DialogContent>
            {recorded && (
              <DialogActions position="start">
                <Button onClick={() => setConfirmingRemoval(true)} disabled={busy}>
                  Remove service record…
                </Button>
              </DialogActions>
            )}
            <DialogActions>
              <Button onClick={onClose} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" appearance="primary" disabled={busy || !signed}>
                {recorded ? 'Save correction' : 'Record service'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export interface RecordServiceButtonProps {
  caseId: string;
  examineeName: string;
  /** The case is served already: the button corrects (or removes) that record. */
  served: boolean;
  onChanged: () => void;
}

/** The button that opens the dialog: in the case list's row actions and on the review step of a signed case. */
export function RecordServiceButton({ caseId, examineeName, served, onChanged }: RecordServiceButtonProps) {
  const [open, setOpen] = useState(false);
  const label = served ? 'Edit service' : 'Record service';
  return (
    <>
      <Button
        size="small"
        icon={<MailCheckmarkRegular />}
        aria-label={`${label} of ${examineeName}`}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      {open && <RecordServiceDialog caseId={caseId} onClose={() => setOpen(false)} onChanged={onChanged} />}
    </>
  );
}
