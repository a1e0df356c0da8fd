// Where imported PDFs go (a new sender batch, or one already in the case), then the host's file picker or the files
// dropped on the step. Starts the import and hands its job id back; progress is shown by the step.
import { Body1, Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { BatchTotals, ImportBatchTarget, NewBatchInput } from '../../../../electron/common/records/records-types';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { ActionDialog } from '../../components/ActionDialog';
import { useAction } from '../../hooks/use-action';
import { BatchFields, batchIssues, emptyBatch } from './BatchFields';
import { plural } from './records-format';
import { recordsApi } from './records-api';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  files: { margin: 0, paddingLeft: '20px', maxHeight: '8rem', overflowY: 'auto' },
});

export interface DroppedFiles {
  names: string[];
  paths: string[];
}

export interface ImportDialogProps {
  caseId: string;
  batches: BatchTotals[];
  /** Files dropped on the step; null to ask the host's picker instead. */
  dropped: DroppedFiles | null;
  onStarted: (jobId: string) => void;
  onClose: () => void;
}

export function ImportDialog({ caseId, batches, dropped, onStarted, onClose }: ImportDialogProps) {
  const styles = useStyles();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [batch, setBatch] = useState<NewBatchInput>(emptyBatch);
  const [existingId, setExistingId] = useState(batches[batches.length - 1]?.batchId ?? '');
  const [tried, setTried] = useState(false);
  const { run: start, busy } = useAction(async (target: ImportBatchTarget) => {
    const started = dropped
      ? await recordsApi.importPaths(caseId, target, dropped.paths)
      : await recordsApi.chooseAndImport(caseId, target);
    if (started) onStarted(started.jobId);
    // Closing the picker without choosing is not an error: the dialog simply closes.
    onClose();
  });

  const go = async () => {
    setTried(true);
    let target: ImportBatchTarget;
    if (mode === 'existing') {
      if (!existingId) return;
      target = { batchId: existingId };
    } else {
      if (Object.keys(batchIssues(batch)).length > 0) return;
      target = { ...batch, sender: batch.sender.trim() };
    }
    await start(target);
  };

  return (
    <ActionDialog
      title="Import records"
      actionLabel={dropped ? `Import ${plural(dropped.names.length, 'file')}` : 'Choose PDF files…'}
      onAction={() => void go()}
      onClose={onClose}
      busy={busy}
      contentClassName={styles.content}
    >
      {dropped && (
        <div>
          <Body1>{plural(dropped.names.length, 'PDF file')} to import:</Body1>
          <ul className={styles.files}>
            {dropped.names.map((n, i) => (
              <li key={`${n}-${i}`}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {batches.length > 0 && (
        <Field label="Put the files in">
          <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as 'new' | 'existing')} layout="horizontal">
            <Radio value="new" label="A new sender batch" />
            <Radio value="existing" label="A batch already in the case" />
          </RadioGroup>
        </Field>
      )}
      {mode === 'existing' ? (
        <Field label="Batch" required>
          <Select value={existingId} onChange={(_, d) => setExistingId(d.value)}>
            {batches.map((b) => (
              <option key={b.batchId} value={b.batchId}>
                {b.sender}, received {formatUsDate(b.dateReceived)} ({plural(b.countedPages, 'page')})
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <BatchFields value={batch} onChange={setBatch} showIssues={tried} />
      )}
    </ActionDialog>
  );
}
