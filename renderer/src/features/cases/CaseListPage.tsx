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
  Title2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DocumentRegular, SettingsRegular } from '@fluentui/react-icons';
import { memo, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { CaseRecord, CaseSummary } from '../../../../electron/common/case/case-model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { casesApi } from './cases-api';
import { CaseFormDialog } from './CaseFormDialog';
import { CaseTable } from './CaseTable';
import { keepUnchanged } from './keep-unchanged';
import { CopyForwardDialog } from './CopyForwardDialog';
import { SupplementalDialog } from './SupplementalDialog';
import { FirstStartSetup } from '../settings/FirstStartSetup';
import { FIRST_ROWS, firstCaseRowsArrived, takeFirstCaseRows } from './first-case-rows';

/** Keys typed faster than this make one search; the search itself (SQLite, an index) takes a few milliseconds. */
const SEARCH_DEBOUNCE_MS = 40;

/** Typing changes the query only: the table redraws when a new result arrives, and then only its changed rows in view. */
const MemoCaseTable = memo(CaseTable);

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
});

export interface CaseListPageProps {
  onOpen: (caseId: string) => void;
  onOpenSettings: () => void;
  /** Counts File → New Case; each new count opens the New case form. */
  newCaseRequests?: number;
  /** Called once the first list has been drawn: the shell then fetches the code of the screens a row opens. */
  onListShown?: () => void;
}

export function CaseListPage({ onOpen, onOpenSettings, newCaseRequests = 0, onListShown }: CaseListPageProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [query, setQuery] = useState('');
  // The first rows asked for at start are drawn in the first frame when they are already here.
  const [cases, setCases] = useState<CaseSummary[] | null>(firstCaseRowsArrived);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (newCaseRequests > 0) setCreating(true);
  }, [newCaseRequests]);
  const [toDelete, setToDelete] = useState<CaseRecord | null>(null);
  const [copyFrom, setCopyFrom] = useState<CaseRecord | null>(null);
  const [supplementalFrom, setSupplementalFrom] = useState<CaseRecord | null>(null);

  // Only the reply to the latest search is shown: a slower reply to an earlier key never overwrites it.
  const latest = useRef(0);
  const { run: load } = useAction(async (q: string, firstRowsFirst = false) => {
    const seq = ++latest.current;
    if (firstRowsFirst) {
      const askedAtStart = q === '' ? takeFirstCaseRows() : null;
      const first = await (askedAtStart ?? casesApi.list(q, FIRST_ROWS));
      if (seq !== latest.current) return;
      startTransition(() => setCases((shown) => keepUnchanged(shown, first)));
      if (first.length < FIRST_ROWS) return;
    }
    const found = await casesApi.list(q);
    if (seq === latest.current) startTransition(() => setCases((shown) => keepUnchanged(shown, found)));
  });
  const queryRef = useRef(query);
  queryRef.current = query;
  const reload = useCallback(() => void load(queryRef.current), [load]);

  // The list as the page opens is asked at once, its first rows first; typed keys wait for the next one. A reload after
  // a change asks for the whole list in one go, so the table never shrinks under a row scrolled to.
  const firstLoad = useRef(true);
  useEffect(() => {
    if (firstLoad.current) {
      firstLoad.current = false;
      void load(query, true);
      return;
    }
    const timer = setTimeout(() => void load(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, load]);
  const listShown = cases !== null;
  useEffect(() => {
    if (listShown) onListShown?.();
  }, [listShown, onListShown]);

  const { run: openSample } = useAction(async (sample: 'qme' | 'ltd') => onOpen((await casesApi.openSample(sample)).id));

  const { run: restore } = useAction(async (target: { id: string; examineeName: string }) => {
    await casesApi.restore(target.id);
    notify.info(`Restored the case of ${target.examineeName}.`);
    await load(queryRef.current);
  });

  const { run: remove } = useAction(async (target: CaseRecord) => {
    await casesApi.remove(target.id);
    notify.undoable(`Deleted the case of ${target.examineeName}.`, () => void restore(target));
    await load(queryRef.current);
  });
  const confirmDelete = () => {
    const target = toDelete;
    setToDelete(null);
    if (target) void remove(target);
  };

  const noCasesAtAll = cases !== null && cases.length === 0 && query.trim() === '';
  const askDelete = useCallback((c: CaseRecord) => setToDelete(c), []);

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

      <FirstStartSetup />

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
          {cases && (
            <MemoCaseTable
              cases={cases}
              onOpen={onOpen}
              onDelete={askDelete}
              onCopyForward={setCopyFrom}
              onSupplemental={setSupplementalFrom}
              onChanged={reload}
            />
          )}
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
      {copyFrom && <CopyForwardDialog from={copyFrom} onCreated={onOpen} onClose={() => setCopyFrom(null)} />}
      {supplementalFrom && (
        <SupplementalDialog from={supplementalFrom} onCreated={onOpen} onClose={() => setSupplementalFrom(null)} />
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
