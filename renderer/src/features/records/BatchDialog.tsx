// Edits one sender batch's details (sender, date received, declared count, declaration received).
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { NewBatchInput, RecordBatch } from '../../../../electron/common/records/records-types';
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
    <Dialog open onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface aria-label="Edit sender batch">
        <DialogBody>
          <DialogTitle>Edit sender batch</DialogTitle>
          <DialogContent>
            <BatchFields value={value} onChange={setValue} showIssues={tried} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={() => void save()} disabled={busy}>
              Save batch
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
