// One page of a stored record PDF, drawn by pdf.js on a canvas: previous/next (buttons, PageUp/PageDown), go to page,
// zoom in/out and fit width, with "p. 3 of 120" and the file name. Tells the backend which page is shown, so OCR
// takes that page first.
import { Body1, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { RenderTask } from 'pdfjs-dist';
import { PageViewerToolbar } from './PageViewerToolbar';
import { recordsApi } from './records-api';
import { useRecordPdf, useWarmPdfViewer } from './use-record-pdf';

export interface ViewerTarget {
  fileId: string;
  fileName: string;
  pageNumber: number;
  /** Changes on every request, so asking again for the page already shown brings it back after paging away. */
  seq: number;
}

export interface ShownPage {
  fileId: string;
  fileName: string;
  pageNumber: number;
  pageCount: number;
}

const ZOOMS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3];
type Zoom = { fit: true } | { fit: false; scale: number };

const useStyles = makeStyles({
  viewer: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  // The full height only once there is a page to read; until then a short box with what it is for.
  open: { height: 'min(78vh, 900px)', minHeight: '420px' },
  idle: { minHeight: '120px', gridTemplateRows: 'minmax(0, 1fr)' },
  scroller: {
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground4,
    padding: tokens.spacingHorizontalM,
    outlineStyle: 'none',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  page: { display: 'block', margin: '0 auto', backgroundColor: '#fff', boxShadow: tokens.shadow8 },
  empty: {
    display: 'grid',
    placeItems: 'center',
    height: '100%',
    padding: tokens.spacingHorizontalXL,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The element's content width, from its ResizeObserver (which reports after layout, first when observing starts):
 * reading clientWidth while the records step mounts forced a layout of the whole step inside React's commit.
 */
function useContentWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1);
      if (box) setWidth(box.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function PdfPageViewer({ target, onShown }: { target: ViewerTarget | null; onShown?: (page: ShownPage | null) => void }) {
  const styles = useStyles();
  useWarmPdfViewer();
  const pdf = useRecordPdf(target?.fileId ?? null, target?.pageNumber ?? 1);
  const doc = pdf.kind === 'ready' ? pdf.doc : null;
  const pageCount = doc?.numPages ?? 0;
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState<Zoom>({ fit: true });
  const [shownScale, setShownScale] = useState(1);
  const [renderError, setRenderError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useContentWidth(scroller);

  // A new request (entry, hit, citation) moves to its page, even when it names the page already shown.
  useEffect(() => {
    if (target) setPage(target.pageNumber);
  }, [target]);

  const clamped = pageCount ? Math.min(Math.max(1, page), pageCount) : page;

  const shownKey = doc && target ? `${target.fileId}:${clamped}` : null;
  const shown = useRef(onShown);
  shown.current = onShown;
  useEffect(() => {
    if (!shownKey || !target) {
      shown.current?.(null);
      return;
    }
    shown.current?.({ fileId: target.fileId, fileName: target.fileName, pageNumber: clamped, pageCount });
    recordsApi.viewingPage(target.fileId, clamped).catch(() => {
      // Only a hint for the OCR queue; the page is shown either way.
    });
    // Only a change of file or page counts; the callbacks and the target object may change identity freely.
  }, [shownKey]);

  useEffect(() => {
    if (!doc || !canvas.current || width === 0) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    setRenderError(null);
    void (async () => {
      const pdfPage = await doc.getPage(clamped);
      if (cancelled) return;
      const natural = pdfPage.getViewport({ scale: 1 });
      const scale = zoom.fit ? Math.max(0.2, width / natural.width) : zoom.scale;
      const viewport = pdfPage.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      // Drawn off screen first, so the previous page stays until the new one is complete.
      const buffer = document.createElement('canvas');
      buffer.width = Math.floor(viewport.width * ratio);
      buffer.height = Math.floor(viewport.height * ratio);
      task = pdfPage.render({ canvas: buffer, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await task.promise;
      const visible = canvas.current;
      if (cancelled || !visible) return;
      visible.width = buffer.width;
      visible.height = buffer.height;
      visible.style.width = `${Math.floor(viewport.width)}px`;
      visible.style.height = `${Math.floor(viewport.height)}px`;
      visible.getContext('2d')?.drawImage(buffer, 0, 0);
      visible.dataset.renderedPage = String(clamped);
      setShownScale(scale);
    })().catch((error: unknown) => {
      if (cancelled || (error as { name?: string } | null)?.name === 'RenderingCancelledException') return;
      setRenderError('This page could not be drawn; it may be damaged. Its text is still searchable.');
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, clamped, zoom, width]);

  const go = (n: number) => {
    if (pageCount) setPage(Math.min(Math.max(1, n), pageCount));
  };
  const zoomBy = (dir: 1 | -1) => {
    const current = zoom.fit ? shownScale : zoom.scale;
    const next = dir > 0 ? ZOOMS.find((z) => z > current + 0.01) : [...ZOOMS].reverse().find((z) => z < current - 0.01);
    if (next) setZoom({ fit: false, scale: next });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'PageDown') {
      e.preventDefault();
      go(clamped + 1);
    } else if (e.key === 'PageUp') {
      e.preventDefault();
      go(clamped - 1);
    }
  };

  return (
    <section
      className={mergeClasses(styles.viewer, target ? styles.open : styles.idle)}
      aria-label="Record page viewer"
      onKeyDown={onKeyDown}
    >
      {target && (
        <PageViewerToolbar
          fileName={target.fileName}
          ready={doc !== null}
          page={clamped}
          pageCount={pageCount}
          zoomPercent={Math.round(shownScale * 100)}
          fit={zoom.fit}
          onGo={go}
          onZoom={zoomBy}
          onFit={() => setZoom({ fit: true })}
        />
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={doc ? 0 : -1}
        aria-label={doc && target ? `Page ${clamped} of ${target.fileName}; Page Up and Page Down turn pages` : undefined}
      >
        {pdf.kind === 'none' && (
          <div className={styles.empty}>
            <Body1>Select a chronology entry, a search hit or a page citation to read the page here.</Body1>
          </div>
        )}
        {pdf.kind === 'loading' && (
          <div className={styles.empty}>
            <Spinner size="small" label="Opening the file…" />
          </div>
        )}
        {(pdf.kind === 'error' || renderError) && (
          <div className={styles.empty} role="alert">
            <Body1>{pdf.kind === 'error' ? pdf.message : renderError}</Body1>
          </div>
        )}
        <canvas
          ref={canvas}
          className={styles.page}
          role="img"
          aria-label={doc && target ? `Page ${clamped} of ${target.fileName}` : 'No page shown'}
          hidden={!doc || renderError !== null}
          data-testid="record-page-canvas"
        />
      </div>
    </section>
  );
}
