// Home screen: the case list with search-as-you-type, New case, Open sample case, delete with confirmation, and the
// service of a signed report. An empty list says what to do first.
import {
  Body1,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SearchBox,
  TableCell,
  TableRow,
  Title2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DocumentRegular, MoreHorizontalRegular, SettingsRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CaseRecord, CaseSummary } from '../../../../electron/common/case/case-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { RecordServiceButton } from '../signing/RecordServiceDialog';
import { casesApi } from './cases-api';
import { CaseFormDialog } from './CaseFormDialog';
import { DeadlineCell, STATUS_LABELS } from './DeadlineCell';

const useStyles = makeStyles({
  page: { padding: '24px 32px', display: 'grid', gap: '16px', maxWidth: '1200px' },
  bar: { display: 'flex', gap: '8px', alignItems: 'center' },
  grow: { flexGrow: 1 },
  empty: {
    padding: '48px',
    textAlign: 'center',
    display: 'grid',
    gap: '12px',
    justifyItems: 'center',
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  row: { cursor: 'pointer' },
  // The table shares its width evenly unless told: the due date with "32 days overdue" and the service button need more.
  due: { width: '14rem' },
  actions: { width: '11rem' },
});

export function CaseListPage({ onOpen, onOpenSettings }: { onOpen: (caseId: string) => void; onOpenSettings: () => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<CaseRecord | null>(null);

  const { run: load } = useAction(async (q: string) => setCases(await casesApi.list(q)));

  useEffect(() => {
    const timer = setTimeout(() => void load(query), 120);
    return () => clearTimeout(timer);
  }, [query, load]);

  const { run: openSample } = useAction(async (sample: 'qme' | 'ltd') => onOpen((await casesApi.openSample(sample)).id));

  const { run: restore } = useAction(async (target: { id: string; examineeName: string }) => {
    await casesApi.restore(target.id);
    notify.info(`Restored the case of ${target.examineeName}.`);
    await load(query);
  });

  const { run: remove } = useAction(async (target: CaseRecord) => {
    await casesApi.remove(target.id);
    notify.undoable(`Deleted the case of ${target.examineeName}.`, () => void restore(target));
    await load(query);
  });
  const confirmDelete = () => {
    const target = toDelete;
    setToDelete(null);
    if (target) void remove(target);
  };

  const noCasesAtAll = cases !== null && cases.length === 0 && query.trim() === '';
  const columns = [
    'Examinee',
    'Claim number',
    'Report',
    'Exam date',
    { label: 'Due', className: styles.due },
    'Status',
    'Employer',
    { ariaLabel: 'Actions', className: styles.actions },
  ];

  return (
    <main className={styles.page}>
      <div className={styles.bar}>
        <Title2 as="h1" className={styles.grow}>
          Cases
        </Title2>
        <Button appearance="subtle" icon={<SettingsRegular />} onClick={onOpenSettings}>
          Settings
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<DocumentRegular />}>Open sample case</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => void openSample('qme')}>Sample QME comprehensive evaluation</MenuItem>
              <MenuItem onClick={() => void openSample('ltd')}>Sample disability (LTD) IME</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
          New case
        </Button>
      </div>

      {noCasesAtAll ? (
        <section className={styles.empty} aria-label="No cases yet">
          <Title3 as="h2">No cases yet</Title3>
          <Body1>
            Create a case for each evaluation: enter the examinee and claim, then write the report step by step. Everything is
            saved on this computer as you type. To look around first, open the sample case.
          </Body1>
          <div className={styles.bar}>
            <Button onClick={() => void openSample('qme')}>Open sample case</Button>
            <Button appearance="primary" onClick={() => setCreating(true)}>
              New case
            </Button>
          </div>
        </section>
      ) : (
        <>
          <SearchBox
            placeholder="Search by examinee name or claim number"
            aria-label="Search cases"
            value={query}
            onChange={(_, d) => setQuery(d.value)}
          />
          <DataTable label="Cases" size="medium" columns={columns}>
            {cases?.map((c) => (
              <TableRow
                key={c.id}
                className={styles.row}
                onClick={() => onOpen(c.id)}
                onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && onOpen(c.id)}
                tabIndex={0}
                aria-label={`Open case of ${c.examineeName}`}
              >
                <TableCell>{c.examineeName}</TableCell>
                <TableCell>{c.claimNumber}</TableCell>
                <TableCell>{c.reportKind}</TableCell>
                <TableCell>{formatUsDate(c.examDate)}</TableCell>
                <TableCell>
                  <DeadlineCell deadline={c.nextDeadline} served={c.served} />
                </TableCell>
                <TableCell>{STATUS_LABELS[c.status]}</TableCell>
                <TableCell>{c.employer}</TableCell>
                <TableCell onClick={(e) => e.stopPropagation()}>
                  {(c.status === 'signed' || c.status === 'served') && (
                    <RecordServiceButton
                      caseId={c.id}
                      examineeName={c.examineeName}
                      served={c.status === 'served'}
                      onChanged={() => void load(query)}
                    />
                  )}
                  <Menu>
                    <MenuTrigger disableButtonEnhancement>
                      <Button
                        appearance="subtle"
                        icon={<MoreHorizontalRegular />}
                        aria-label={`More actions for ${c.examineeName}`}
                      />
                    </MenuTrigger>
                    <MenuPopover>
                      <MenuList>
                        <MenuItem onClick={() => onOpen(c.id)}>Open</MenuItem>
                        <MenuItem onClick={() => setToDelete(c)}>Delete case…</MenuItem>
                      </MenuList>
                    </MenuPopover>
                  </Menu>
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
          {cases?.length === 0 && <Body1>No case matches “{query}”. Check the spelling or search by claim number.</Body1>}
        </>
      )}

      {creating && (
        <CaseFormDialog
          onClose={() => setCreating(false)}
          onSubmit={async (fields, template) => {
            const created = await casesApi.create(fields, template);
            setCreating(false);
            onOpen(created.id);
          }}
        />
      )}
      {toDelete && (
        <ConfirmDialog
          title="Delete this case?"
          message={`The case of ${toDelete.examineeName}${toDelete.claimNumber ? ` (claim ${toDelete.claimNumber})` : ''} and everything in it (your writing, the imported records) will be deleted. You can undo this until you close MedLegal Writer; then it is removed from this computer for good.`}
          confirmLabel="Delete case"
          onCancel={() => setToDelete(null)}
          onConfirm={confirmDelete}
        />
      )}
    </main>
  );
}
