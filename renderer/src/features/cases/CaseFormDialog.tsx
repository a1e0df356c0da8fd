// New-case dialog: validates with the shared schema and shows each problem beside its field.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { EMPTY_CASE_FIELDS, type CaseFields } from '../../../../electron/common/case/case-model';
import { messageOf } from '../../api/client';
import { CaseFieldsForm, validateCaseFields, type CaseFieldErrors } from './CaseFieldsForm';

export interface CaseFormDialogProps {
  title: string;
  submitLabel: string;
  onSubmit: (fields: CaseFields) => Promise<void>;
  onClose: () => void;
}

export function CaseFormDialog({ title, submitLabel, onSubmit, onClose }: CaseFormDialogProps) {
  const [fields, setFields] = useState<CaseFields>(EMPTY_CASE_FIELDS);
  const [errors, setErrors] = useState<CaseFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateCaseFields(fields);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit(checked.value);
    } catch (error) {
      setFormError(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-label={title}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              <CaseFieldsForm
                value={fields}
                errors={errors}
                autoFocus
                onChange={(next, changed) => {
                  setFields(next);
                  setErrors((e) => ({ ...e, [changed]: undefined }));
                }}
              />
              {formError && <div role="alert">{formError}</div>}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>Cancel</Button>
              <Button type="submit" appearance="primary" disabled={busy}>
                {submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
