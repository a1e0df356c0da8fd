// Sender batches with the count check: declared vs counted pages (flagged in words and colour when they differ),
// duplicates, and whether the sender's declaration came (pages without it cannot be billed, 8 CCR §9793(n)).
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  TableCell,
  TableRow,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, DeleteRegular, EditRegular, WarningFilled } from '@fluentui/react-icons';
import { useState } from 'react';
import type { BatchTotals, RecordBatch } from '../../../../electron/common/records/records-types';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { BatchDialog } from './BatchDialog';
import { count, mismatchText, plural, damagedText } from './records-format';
import { recordsApi } from './records-api';
import { useVocabulary } from '../../hooks/use-vocabulary';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  flag: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    color: tokens.colorStatusWarningForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '& svg': { fontSize: '16px', flexShrink: 0 },
  },
  ok: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground2,
    '& svg': { fontSize: '16px' },
  },
  sender: { display: 'grid' },
  nowrap: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXXS, justifyContent: 'flex-end' },
  actionsColumn: { width: '5rem' },
});

export interface BatchesTableProps {
  batches: BatchTotals[];
  records: RecordBatch[];
  onChanged: () => void;
}

export function BatchesTable({ batches, records, onChanged }: BatchesTableProps) {
  const styles = useStyles();
  const words = useVocabulary();
  const notify = useNotify();
  const [editing, setEditing] = useState<RecordBatch | null>(null);
  const [deleting, setDeleting] = useState<BatchTotals | null>(null);

  const { run: deleteBatch } = useAction(async (b: BatchTotals) => {
    await recordsApi.deleteBatch(b.batchId);
    notify.info(`Deleted the batch from ${b.sender} (${plural(b.countedPages, 'page')}).`);
    onChanged();
  });
  const remove = async (b: BatchTotals) => {
    setDeleting(null);
    await deleteBatch(b);
  };

  const undeclared = batches.filter((b) => !b.senderDeclarationReceived && b.countedPages > 0);
  return (
    <>
      <DataTable
        label="Sender batches"
        className={styles.table}
        columns={[
          'Sender',
          'Received',
          { label: 'Declared', className: styles.num, alignEnd: true },
          { label: 'Counted', className: styles.num, alignEnd: true },
          'Count check',
          { label: 'Duplicates', className: styles.num, alignEnd: true },
          'Declaration',
          { ariaLabel: 'Actions', className: styles.actionsColumn },
        ]}
      >
        {batches.map((b) => {
          const flag = mismatchText(b);
          const record = records.find((r) => r.id === b.batchId);
          return (
            <TableRow key={b.batchId}>
              <TableCell>
                <span className={styles.sender}>
                  {b.sender}
                  <Caption1 className={styles.muted}>{plural(b.files, 'file')}</Caption1>
                  {b.damagedPages > 0 && (
                    <Caption1 className={styles.flag} role="note">
                      <WarningFilled aria-hidden /> {damagedText(b.damagedPages)}
                    </Caption1>
                  )}
                </span>
              </TableCell>
              <TableCell className={styles.nowrap}>{formatUsDate(b.dateReceived)}</TableCell>
              <TableCell className={styles.num}>
                {b.declaredPageCount === null ? <span className={styles.muted}>None</span> : count(b.declaredPageCount)}
              </TableCell>
              <TableCell className={styles.num}>{count(b.countedPages)}</TableCell>
              <TableCell>
                {flag ? (
                  <span className={styles.flag} role="note" aria-label={`Count mismatch: ${flag}`}>
                    <WarningFilled aria-hidden /> {flag}
                  </span>
                ) : b.declaredPageCount === null ? (
                  <span className={mergeClasses(styles.muted, styles.nowrap)}>Nothing declared</span>
                ) : (
                  <span className={styles.ok}>
                    <CheckmarkCircleRegular aria-hidden /> Matches
                  </span>
                )}
              </TableCell>
              <TableCell className={styles.num}>{count(b.duplicatePages)}</TableCell>
              <TableCell>
                {b.senderDeclarationReceived ? (
                  'Received'
                ) : (
                  <span className={styles.flag}>
                    <WarningFilled aria-hidden /> Not received
                  </span>
                )}
              </TableCell>
              <TableCell>
                <div className={styles.actions}>
                  <Tooltip content={`Edit the batch from ${b.sender}`} relationship="label">
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<EditRegular />}
                      disabled={!record}
                      onClick={() => record && setEditing(record)}
                    />
                  </Tooltip>
                  <Tooltip content={`Delete the batch from ${b.sender}`} relationship="label">
                    <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => setDeleting(b)} />
                  </Tooltip>
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </DataTable>
      {undeclared.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            No sender's declaration yet for {undeclared.map((b) => `${b.sender} (${plural(b.countedPages, 'page')})`).join(', ')}.{' '}
            {words.california
              ? 'Records sent without the declaration and page-count attestation cannot be billed and are not considered received (8 CCR §9793(n)); '
              : 'Without it the page count rests on your own count; '}
            ask the sender for it and tick "Sender's declaration received" when it comes.
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.muted}>
        Counted pages are every page in the stored files; duplicates are pages that exactly repeat one imported earlier.
      </Caption1>
      {editing && <BatchDialog batch={editing} onSaved={onChanged} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title="Delete sender batch?"
          message={`The batch from ${deleting.sender}, received ${formatUsDate(deleting.dateReceived)}, with ${plural(deleting.files, 'file')} and ${plural(deleting.countedPages, 'page')}, will be removed from the case with its page text. Chronology entries that cite these files stay, without their page citation. This cannot be undone (the PDFs can be imported again).`}
          confirmLabel="Delete batch"
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </>
  );
}
