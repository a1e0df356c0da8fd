// "New case from this one…": a new case of the earlier case's template, its fields filled from the earlier one (the
// examination date left for the new visit), bringing the parties and the written sections the physician ticks. Records,
// dates, the signature, the discussion and the answers are never brought; the dialog says so.
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
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { CaseFields, CaseRecord } from '../../../../electron/common/case/case-model';
import type { CopyForwardOptions } from '../../../../electron/common/case/copy-forward';
import { messageOf } from '../../api/client';
import { formatWords } from '../find/word-count';
import { casesApi } from './cases-api';
import { CaseFieldsForm, validateCaseFields, type CaseFieldErrors } from './CaseFieldsForm';

export interface CopyForwardDialogProps {
  from: CaseRecord;
  onCreated: (id: string) => void;
  onClose: () => void;
}

const fieldsOf = (c: CaseRecord): CaseFields => ({
  examineeName: c.examineeName,
  dateOfBirth: c.dateOfBirth,
  claimNumber: c.claimNumber,
  employer: c.employer,
  claimsAdministrator: c.claimsAdministrator,
  reportKind: c.reportKind,
  examDate: null,
});

export function CopyForwardDialog({ from, onCreated, onClose }: CopyForwardDialogProps) {
  const [options, setOptions] = useState<CopyForwardOptions | null>(null);
  const [fields, setFields] = useState<CaseFields>(() => fieldsOf(from));
  const [errors, setErrors] = useState<CaseFieldErrors>({});
  const [parties, setParties] = useState(true);
  const [sections, setSections] = useState<Set<string>>(new Set());
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    casesApi.copyForwardOptions(from.id).then(
      (o) => {
        if (!live) return;
        setOptions(o);
        setSections(new Set(o.sections.filter((s) => s.suggested).map((s) => s.sectionId)));
      },
      (e: unknown) => live && setFormError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [from.id]);

  const toggle = (sectionId: string, on: boolean) =>
    setSections((s) => {
      const next = new Set(s);
      if (on) next.add(sectionId);
      else next.delete(sectionId);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateCaseFields(fields);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setFormError(null);
    try {
      const bring = { parties: parties && (options?.parties ?? 0) > 0, sectionIds: [...sections] };
      onCreated((await casesApi.createFrom(from.id, checked.value, bring)).id);
    } catch (error) {
      setFormError(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface aria-label="New case from an earlier one">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>New case from {from.examineeName}</DialogTitle>
            <DialogContent style={{ display: 'grid', gap: 12 }}>
              <Body1>
                {options ? `${options.from.templateTitle}. ` : ''}
                What you bring is a starting point: edit what has changed. Records, dates, the signature, the discussion and the
                answers to the parties stay with the earlier case.
              </Body1>
              <CaseFieldsForm
                value={fields}
                errors={errors}
                autoFocus
                lockReportKind
                onChange={(next, changed) => {
                  setFields(next);
                  setErrors((e) => ({ ...e, [changed]: undefined }));
                }}
              />
              {!options && !formError && <Spinner size="tiny" label="Reading the earlier case…" />}
              {options && (
                <fieldset style={{ border: 'none', padding: 0, margin: 0, display: 'grid', gap: 2 }}>
                  <legend>
                    <Body1>Bring from the earlier case</Body1>
                  </legend>
                  <Checkbox
                    label={`Parties (${options.parties})`}
                    checked={parties && options.parties > 0}
                    disabled={options.parties === 0}
                    onChange={(_, d) => setParties(!!d.checked)}
                  />
                  {options.sections.map((s) => (
                    <Checkbox
                      key={s.sectionId}
                      label={
                        <>
                          {s.title} <Caption1>({formatWords(s.words)})</Caption1>
                        </>
                      }
                      checked={sections.has(s.sectionId)}
                      onChange={(_, d) => toggle(s.sectionId, !!d.checked)}
                    />
                  ))}
                  {options.sections.length === 0 && <Caption1>The earlier case has no written sections to bring.</Caption1>}
                </fieldset>
              )}
              {formError && <div role="alert">{formError}</div>}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" appearance="primary" disabled={busy || !options}>
                Create case
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
