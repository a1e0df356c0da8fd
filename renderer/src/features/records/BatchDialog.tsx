// Edits one sender batch's details (sender, date received, declared count, declaration received).
import { useState } from 'react';
import type { NewBatchInput, RecordBatch } from '../../../../electron/common/records/records-types';
import { ActionDialog } from '../../components/ActionDialog';
import { useAction } from '../../hooks/use-action';
import { BatchFields, batchIssues } from './BatchFields';
import { recordsApi } from './records-api';

export function BatchDialog({ batch, onSaved, onClose }: { batch: RecordBatch; onSaved: () => void; onClose: () => void }) {
  const [value, setValue] = useState<NewBatchInput>({
    sender: batch.sender,
    dateReceived: batch.dateReceived,
    declaredPageCount: batch.declaredPageCount,
    senderDeclarationReceived: batch.senderDeclarationReceived,
  });
  const [tried, setTried] = useState(false);
  const { run: update, busy } = useAction(async (next: NewBatchInput) => {
    await recordsApi.updateBatch(batch.id, next);
    onSaved();
    onClose();
  });

  const save = async () => {
    setTried(true);
    if (Object.keys(batchIssues(value)).length > 0) return;
    await update({ ...value, sender: value.sender.trim() });
  };

  return (
    <ActionDialog title="Edit sender batch" actionLabel="Save batch" onAction={() => void save()} onClose={onClose} busy={busy}>
      <BatchFields value={value} onChange={setValue} showIssues={tried} />
    </ActionDialog>
  );
}
