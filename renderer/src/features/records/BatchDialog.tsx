// Edits one sender batch's details (sender, date received, declared count, declaration received).
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { NewBatchInput, RecordBatch } from '../../../../electron/common/records/records-types';
import { call, messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { BatchFields, batchIssues } from './BatchFields';

export function BatchDialog({ batch, onSaved, onClose }: { batch: RecordBatch; onSaved: () => void; onClose: () => void }) {
  const notify = useNotify();
  const [value, setValue] = useState<NewBatchInput>({
    sender: batch.sender,
    dateReceived: batch.dateReceived,
    declaredPageCount: batch.declaredPageCount,
    senderDeclarationReceived: batch.senderDeclarationReceived,
  });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setTried(true);
    if (Object.keys(batchIssues(value)).length > 0) return;
    setBusy(true);
    try {
      await call('records:updateBatch', { batchId: batch.id, batch: { ...value, sender: value.sender.trim() } });
      onSaved();
      onClose();
    } catch (e) {
      notify.error(messageOf(e));
      setBusy(false);
    }
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
