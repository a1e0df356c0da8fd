// The records step: import into sender batches (picker or drop) with progress, the count check per batch, page
// totals and duplicates, then search, the chronology and the page viewer side by side (stacked when narrow).
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNotify } from '../../components/notifications';
import { BatchesTable } from './BatchesTable';
import { ChronologyPanel } from './ChronologyPanel';
import { CHRONOLOGY_MIN_WIDTH } from './ChronologyTable';
import { DamagedPagesPanel } from './DamagedPagesPanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { ImportDialog, type DroppedFiles } from './ImportDialog';
import { ImportProgress } from './ImportProgress';
import { OcrProgressNote } from './OcrProgressNote';
import { PdfPageViewer, type ShownPage, type ViewerTarget } from './PdfPageViewer';
import { RecordSearch } from './RecordSearch';
import { RecordTotals } from './RecordTotals';
import { RecordsDropZone } from './RecordsDropZone';
import { count } from './records-format';
import { useChronology } from './use-chronology';
import { useImportJob } from './use-import-job';
import { useRecordsOverview } from './use-records-overview';
import { askViewerAhead } from './viewer-ahead';

// Drawn again only when their own props change, not each time the viewer turns to another page (the step's state).
const Batches = memo(BatchesTable);
const Totals = memo(RecordTotals);
const Search = memo(RecordSearch);
const Chronology = memo(ChronologyPanel);

/** Below this width the chronology and the viewer stack instead of sitting side by side. */
const SIDE_BY_SIDE_MIN = 960;

const useStyles = makeStyles({
  step: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  block: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  work: { display: 'grid', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  // The chronology never narrower than its grid (no sideways scrolling); the viewer takes the rest.
  split: { gridTemplateColumns: `minmax(calc(${CHRONOLOGY_MIN_WIDTH} + 2px), 1.1fr) minmax(0, 1fr)` },
  left: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0, alignContent: 'start' },
  // Below the workspace's sticky title bar, so the page stays in view while the chronology scrolls.
  sticky: { position: 'sticky', top: '96px' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Whether the element is wide enough for side by side; takes the element itself, as it appears only once data is loaded. */
function useIsWide(el: HTMLElement | null): boolean {
  const [wide, setWide] = useState(false);
  useLayoutEffect(() => {
    if (!el) return;
    const measure = () => setWide(el.clientWidth >= SIDE_BY_SIDE_MIN);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, [el]);
  return wide;
}

export function RecordsStep({ caseId }: { caseId: string }) {
  const styles = useStyles();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const viewerBox = useRef<HTMLDivElement>(null);
  const wide = useIsWide(root);
  const { overview, error, refresh } = useRecordsOverview(caseId);
  const chronology = useChronology(caseId);
  const notify = useNotify();
  const job = useImportJob(caseId, () => refresh());
  const [importing, setImporting] = useState<{ dropped: DroppedFiles | null } | null>(null);
  const [target, setTarget] = useState<ViewerTarget | null>(null);
  const [shown, setShown] = useState<ShownPage | null>(null);
  const seq = useRef(0);
  const shownFile = target?.fileId ?? null;

  const files = overview?.files;
  // A file removed with its batch can no longer be shown.
  useEffect(() => {
    if (target && files && !files.some((f) => f.id === target.fileId)) setTarget(null);
  }, [files, target]);
  const changed = useCallback(() => {
    refresh();
    // Deleting a batch drops the citations of entries that cited its files.
    void chronology.reload();
  }, [refresh, chronology.reload]);
  // Read when a page is asked for, so showPage keeps one identity and the memoised parts of the step (the chronology, the
  // search, the batches) are not drawn again each time the viewer turns to another page: that work delayed the page.
  const latest = useRef({ files, shownFile });
  latest.current = { files, shownFile };
  const showPage = useCallback((fileId: string, pageNumber: number, fileName?: string) => {
    const name = fileName ?? latest.current.files?.find((f) => f.id === fileId)?.originalName ?? 'Record';
    // Another file: its first reply is asked for now, not after the step has drawn again.
    if (fileId !== latest.current.shownFile) askViewerAhead(fileId, pageNumber);
    setTarget({ fileId, fileName: name, pageNumber, seq: ++seq.current });
    // When stacked, the viewer may be out of sight below the chronology.
    requestAnimationFrame(() => viewerBox.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
  }, []);
  const openHit = useCallback(
    (hit: { fileId: string; pageNumber: number; fileName: string }) => showPage(hit.fileId, hit.pageNumber, hit.fileName),
    [showPage],
  );

  if (error && !overview) return <Body1 role="alert">{error}</Body1>;
  if (!overview) return <Spinner size="small" label="Loading the records…" />;

  const { totals } = overview;
  const hasRecords = totals.batches.length > 0;
  return (
    <div ref={setRoot} className={styles.step}>
      <div className={styles.block}>
        <RecordsDropZone
          onFiles={(dropped) =>
            job.running
              ? notify.error('Wait for the current import to finish, or cancel it, before importing more files.')
              : setImporting({ dropped })
          }
        >
          <Button
            appearance="primary"
            icon={<DocumentArrowUpRegular />}
            disabled={job.running}
            onClick={() => setImporting({ dropped: null })}
          >
            Import records…
          </Button>
        </RecordsDropZone>
        <ImportProgress
          status={job.status}
          running={job.running}
          cancelling={job.cancelling}
          onCancel={() => void job.cancel()}
          onDismiss={job.dismiss}
        />
        <OcrProgressNote ocr={overview.ocr} onChanged={refresh} />
      </div>

      {!hasRecords ? (
        <Body1 className={styles.muted}>
          Import the PDFs each party sent, one sender batch at a time, with the page count the sender declared. The app counts
          every page, flags a count that differs from the declaration and exact duplicate pages, and makes every page searchable,
          so you can build the numbered chronology for the report's records table beside the source page.
        </Body1>
      ) : (
        <>
          <section className={styles.block} aria-label="Sender batches">
            <Subtitle2 as="h4" style={{ margin: 0 }}>
              Sender batches
            </Subtitle2>
            <Batches batches={totals.batches} records={overview.batches} onChanged={changed} />
          </section>
          <section className={styles.block} aria-label="Page totals">
            <Subtitle2 as="h4" style={{ margin: 0 }}>
              Page totals
            </Subtitle2>
            <Totals totals={totals} newSinceLastReport={overview.newSinceLastReport} />
          </section>
          <Accordion
            collapsible
            defaultOpenItems={[
              ...(overview.damagedPages.length > 0 ? ['damaged'] : []),
              ...(overview.duplicates.length > 0 && overview.duplicates.length <= 10 ? ['dup'] : []),
            ]}
          >
            {overview.damagedPages.length > 0 && (
              <AccordionItem value="damaged">
                <AccordionHeader size="small">
                  Pages that could not be read ({count(overview.damagedPages.length)})
                </AccordionHeader>
                <AccordionPanel>
                  <DamagedPagesPanel
                    pages={overview.damagedPages}
                    batches={overview.batches}
                    onOpenPage={(p) => showPage(p.fileId, p.pageNumber, p.fileName)}
                  />
                </AccordionPanel>
              </AccordionItem>
            )}
            <AccordionItem value="dup">
              <AccordionHeader size="small">
                Duplicate pages ({count(overview.duplicates.reduce((n, g) => n + g.repeats.length, 0))})
              </AccordionHeader>
              <AccordionPanel>
                <DuplicatesPanel
                  groups={overview.duplicates}
                  onChanged={refresh}
                  onOpenPage={(p) => showPage(p.fileId, p.pageNumber, p.fileName)}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}

      <div className={mergeClasses(styles.work, wide && styles.split)}>
        <div className={styles.left}>
          {hasRecords && <Search caseId={caseId} onOpen={openHit} />}
          <Chronology chronology={chronology} files={overview.files} shown={shown} onShowPage={showPage} />
        </div>
        {overview.files.length > 0 && (
          <div ref={viewerBox} className={mergeClasses(wide && styles.sticky)}>
            <PdfPageViewer target={target} onShown={setShown} />
          </div>
        )}
      </div>

      {importing && (
        <ImportDialog
          caseId={caseId}
          batches={totals.batches}
          dropped={importing.dropped}
          onStarted={job.start}
          onClose={() => setImporting(null)}
        />
      )}
    </div>
  );
}
