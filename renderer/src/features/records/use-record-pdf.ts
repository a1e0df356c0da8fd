// The pdf.js document of one stored record file: opened when the file changes, released when it changes again or the
// viewer closes. pdf.js is loaded when a viewer is first on screen (while idle), so the rest of the app does not carry it.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ApiError } from '../../api/client';
import { viewerOpening } from './viewer-ahead';

export type RecordPdfState =
  | { kind: 'none' }
  | { kind: 'loading'; fileId: string }
  | { kind: 'ready'; fileId: string; doc: PDFDocumentProxy }
  | { kind: 'error'; fileId: string; message: string };

function explain(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'This PDF is protected by a password, so it cannot be shown here.';
  return 'This PDF could not be shown; the file may be damaged. Its page text is still searchable.';
}

/**
 * Loads pdf.js and starts its worker while the screen is idle, so the first page the physician opens does not wait
 * for them. Called when the viewer mounts, empty.
 */
export function useWarmPdfViewer(): void {
  useEffect(() => {
    let cancelled = false;
    const warm = () => {
      if (!cancelled) void import('./record-pdf-source').then((m) => (cancelled ? undefined : m.warmRecordPdf()));
    };
    const idle = window.requestIdleCallback?.(warm, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(warm, 500) : undefined;
    return () => {
      cancelled = true;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, []);
}

/** The document of `fileId`, opened on `pageNumber` (its parts come with the first reply); a later page needs no reopening. */
export function useRecordPdf(fileId: string | null, pageNumber: number): RecordPdfState {
  const [state, setState] = useState<RecordPdfState>({ kind: 'none' });
  const openOn = useRef(pageNumber);
  openOn.current = pageNumber;

  useEffect(() => {
    if (!fileId) {
      setState({ kind: 'none' });
      return;
    }
    let live = true;
    let destroy: (() => Promise<void>) | null = null;
    const fail = (error: unknown) => live && setState({ kind: 'error', fileId, message: explain(error) });
    setState({ kind: 'loading', fileId });
    (async () => {
      // Asked for first (or already, by the handler that chose the page): the reply travels while pdf.js loads.
      const first = viewerOpening(fileId, Math.max(1, openOn.current));
      const { openRecordPdf } = await import('./record-pdf-source');
      const task = await openRecordPdf(fileId, first, fail);
      destroy = () => task.destroy();
      if (!live) return void destroy();
      const doc = await task.promise;
      // Asked for now, not once the viewer has drawn again: pdf.js keeps the page, and its worker answers meanwhile.
      doc.getPage(Math.min(doc.numPages, Math.max(1, openOn.current))).catch(() => undefined);
      // Drawn now, not after whatever else React has under way: the page's render starts in the viewer's effect.
      if (live) flushSync(() => setState({ kind: 'ready', fileId, doc }));
    })().catch(fail);
    return () => {
      live = false;
      void destroy?.();
    };
  }, [fileId]);

  return state;
}
