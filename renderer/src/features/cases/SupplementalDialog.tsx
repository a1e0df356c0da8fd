// "Supplemental from this case…": the request that starts a supplemental report (QME) or an addendum (IME) following the
// signed report of a case: when it was received, who asked, and for an addendum the due date it gives. The dialog names
// the report it follows and the template; the new case brings the case, parties, injuries and diagnoses, never the records.
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { CaseRecord } from '../../../../electron/common/case/case-model';
import type { SupplementalOptions } from '../../../../electron/common/case/supplemental';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { messageOf } from '../../api/client';
import { DateField, TextField } from '../../components/fields';
import { casesApi } from './cases-api';

export interface SupplementalDialogProps {
  from: CaseRecord;
  onCreated: (id: string) => void;
  onClose: () => void;
}

interface Issues {
  requestDate?: string;
  requestingParty?: string;
}

export function SupplementalDialog({ from, onCreated, onClose }: SupplementalDialogProps) {
  const [options, setOptions] = useState<SupplementalOptions | null>(null);
  const [requestDate, setRequestDate] = useState<string | null>(null);
  const [requestingParty, setRequestingParty] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ime = from.reportKind === 'IME';
  const kind = ime ? 'addendum' : 'supplemental report';

  useEffect(() => {
    let live = true;
    casesApi.supplementalOptions(from.id).then(
      (o) => {
        if (!live) return;
        setOptions(o);
        setRequestDate((d) => d ?? o.today);
      },
      (e: unknown) => live && setFormError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [from.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!options) return;
    const found: Issues = {};
    if (!requestDate) found.requestDate = 'Enter the date the request was received.';
    else if (requestDate < options.follows.signingDate || requestDate > options.today)
      found.requestDate = `Enter a date from ${formatUsDate(options.follows.signingDate)} (your report) to ${formatUsDate(options.today)} (today).`;
    if (!requestingParty.trim()) found.requestingParty = `Enter who requested the ${kind}.`;
    setIssues(found);
    if (found.requestDate || found.requestingParty) return;
    setBusy(true);
    setFormError(null);
    try {
      const created = await casesApi.createSupplemental({
        fromCaseId: from.id,
        requestDate: requestDate!,
        requestingParty: requestingParty.trim(),
        dueDate: ime ? dueDate : null,
      });
      onCreated(created.id);
    } catch (error) {
      setFormError(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface aria-label={ime ? 'Addendum from this case' : 'Supplemental from this case'}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>
              {ime ? 'Addendum' : 'Supplemental report'} for {from.examineeName}
            </DialogTitle>
            <DialogContent style={{ display: 'grid', gap: 12 }}>
              {!options && !formError && <Spinner size="tiny" label="Reading the signed report…" />}
              {options && (
                <>
                  <Body1>
                    Follows your report of {formatUsDate(options.follows.signingDate)} ({options.from.templateTitle}). Template:{' '}
                    <strong>{options.template.title}</strong>.
                  </Body1>
                  <Body1>
                    The new case brings the case details, parties, injuries and diagnoses. Import the records received since your
                    report into it: only their pages are counted and billed. Your report is listed as reviewed.
                  </Body1>
                  <DateField
                    label="Date the request was received"
                    ariaLabel="Date the request was received"
                    required
                    value={requestDate}
                    issue={issues.requestDate}
                    onChange={(v) => {
                      setRequestDate(v);
                      setIssues((i) => ({ ...i, requestDate: undefined }));
                    }}
                    hint={ime ? undefined : 'The supplemental report is due 60 days after the request.'}
                  />
                  <TextField
                    label="Requested by"
                    ariaLabel="Requested by"
                    required
                    autoFocus
                    maxLength={200}
                    value={requestingParty}
                    issue={issues.requestingParty}
                    onChange={(v) => {
                      setRequestingParty(v);
                      setIssues((i) => ({ ...i, requestingParty: undefined }));
                    }}
                  />
                  {ime && (
                    <DateField
                      label="Due date the request gives (optional)"
                      ariaLabel="Due date the request gives"
                      value={dueDate}
                      onChange={setDueDate}
                    />
                  )}
                </>
              )}
              {formError && <div role="alert">{formError}</div>}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" appearance="primary" disabled={busy || !options}>
                Create {ime ? 'addendum' : 'supplemental'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
