// New-case dialog: the report type (a template) first, then the case fields; validates with the shared schema and shows
// each problem beside its field. Template files that could not be loaded are listed with what is wrong.
import {
  Button,
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
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { EMPTY_CASE_FIELDS, type CaseFields, type TemplateRef } from '../../../../electron/common/case/case-model';
import type { TemplateProblemView, TemplateSummary } from '../../../../electron/common/ipc/templates.contract';
import { messageOf } from '../../api/client';
import { settingsApi } from '../settings/settings-api';
import { CaseFieldsForm, validateCaseFields, type CaseFieldErrors } from './CaseFieldsForm';

export interface CaseFormDialogProps {
  onSubmit: (fields: CaseFields, template: TemplateRef) => Promise<void>;
  onClose: () => void;
}

const keyOf = (t: { id: string; version: number }) => `${t.id}@${t.version}`;

export function CaseFormDialog({ onSubmit, onClose }: CaseFormDialogProps) {
  const [fields, setFields] = useState<CaseFields>(EMPTY_CASE_FIELDS);
  const [errors, setErrors] = useState<CaseFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [problems, setProblems] = useState<TemplateProblemView[]>([]);
  const [chosen, setChosen] = useState<string>('');

  useEffect(() => {
    settingsApi.listTemplates().then(
      (list) => {
        setTemplates(list.forNewCases);
        setProblems(list.problems);
        if (list.forNewCases[0]) setChosen(keyOf(list.forNewCases[0]));
      },
      (e: unknown) => setFormError(messageOf(e)),
    );
  }, []);
  const template = templates.find((t) => keyOf(t) === chosen);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template) return setFormError('Choose the type of report.');
    const checked = validateCaseFields({ ...fields, reportKind: template.reportKind });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit(checked.value, { id: template.id, version: template.version });
    } catch (error) {
      setFormError(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-label="New case">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>New case</DialogTitle>
            <DialogContent style={{ display: 'grid', gap: 12 }}>
              <Field label="Type of report" hint={template?.description}>
                <Select value={chosen} onChange={(_, d) => setChosen(d.value)}>
                  {templates.map((t) => (
                    <option key={keyOf(t)} value={keyOf(t)}>
                      {t.title}
                      {t.origin === 'user' ? ' (your template)' : ''}
                    </option>
                  ))}
                </Select>
              </Field>
              {problems.length > 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {problems.length} template file{problems.length === 1 ? '' : 's'} could not be loaded and{' '}
                    {problems.length === 1 ? 'is' : 'are'} not offered:
                    <ul>
                      {problems.map((p, i) => (
                        <li key={i}>
                          {p.fileName}
                          {p.path ? ` (at ${p.path}${p.line ? `, line ${p.line}` : ''})` : ''}: {p.message}
                        </li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
              <CaseFieldsForm
                value={fields}
                errors={errors}
                autoFocus
                lockReportKind
                vocabulary={template?.vocabulary}
                onChange={(next, changed) => {
                  setFields(next);
                  setErrors((e) => ({ ...e, [changed]: undefined }));
                }}
              />
              {formError && <div role="alert">{formError}</div>}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>Cancel</Button>
              <Button type="submit" appearance="primary" disabled={busy || !template}>
                Create case
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
