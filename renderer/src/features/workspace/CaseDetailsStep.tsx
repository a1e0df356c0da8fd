// The case's identifying fields, edited in place and autosaved whenever they are valid.
import { useState } from 'react';
import type { CaseFields, CaseRecord } from '../../../../electron/common/case/case-model';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../hooks/use-autosave';
import { useVocabulary } from '../../hooks/use-vocabulary';
import { casesApi } from '../cases/cases-api';
import { CaseFieldsForm, validateCaseFields, type CaseFieldErrors } from '../cases/CaseFieldsForm';
import { PriorReportNote } from '../cases/PriorReportNote';

export function CaseDetailsForm({ caseRecord, onSaved }: { caseRecord: CaseRecord; onSaved: (c: CaseRecord) => void }) {
  const [fields, setFields] = useState<CaseFields>(caseRecord);
  const [errors, setErrors] = useState<CaseFieldErrors>({});
  const autosave = useAutosave(async (value: CaseFields) => onSaved(await casesApi.update(caseRecord.id, value)));

  return (
    <div style={{ display: 'grid', gap: 8, maxWidth: 560 }}>
      <PriorReportNote caseId={caseRecord.id} />
      <CaseFieldsForm
        value={fields}
        errors={errors}
        lockReportKind
        vocabulary={useVocabulary()}
        onChange={(next) => {
          setFields(next);
          const checked = validateCaseFields(next);
          setErrors(checked.ok ? {} : checked.errors);
          // Only a valid case is saved; the field shows what to fix meanwhile.
          if (checked.ok) autosave.change(checked.value);
        }}
      />
      <div style={{ justifySelf: 'end' }}>
        <SaveStatus state={autosave.state} />
      </div>
    </div>
  );
}
