// The case's identifying fields, edited in place and autosaved whenever they are valid.
import { Body1, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseFields, CaseRecord } from '../../../../electron/common/case/case-model';
import { call } from '../../api/client';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../hooks/use-autosave';
import { CaseFieldsForm, validateCaseFields, type CaseFieldErrors } from '../cases/CaseFieldsForm';

export function CaseDetailsStep({ caseRecord, onSaved }: { caseRecord: CaseRecord; onSaved: (c: CaseRecord) => void }) {
  const [fields, setFields] = useState<CaseFields>(caseRecord);
  const [errors, setErrors] = useState<CaseFieldErrors>({});
  const autosave = useAutosave(async (value: CaseFields) => onSaved(await call('cases:update', { id: caseRecord.id, fields: value })));

  return (
    <section aria-labelledby="details-title" style={{ display: 'grid', gap: 12, maxWidth: 560 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Title3 as="h2" id="details-title">Case details</Title3>
        <SaveStatus state={autosave.state} />
      </div>
      <Body1>These fields form the caption at the top of the report.</Body1>
      <CaseFieldsForm
        value={fields}
        errors={errors}
        onChange={(next) => {
          setFields(next);
          const checked = validateCaseFields(next);
          setErrors(checked.ok ? {} : checked.errors);
          // Only a valid case is saved; the field shows what to fix meanwhile.
          if (checked.ok) autosave.change(checked.value);
        }}
      />
    </section>
  );
}
