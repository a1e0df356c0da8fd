// The pdf.js document of one stored record file: opened when the file changes, released when it changes again or the
// viewer closes. pdf.js is loaded on first use, so the rest of the app does not carry it.
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ApiError } from '../../api/client';

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

export function useRecordPdf(fileId: string | null): RecordPdfState {
  const [state, setState] = useState<RecordPdfState>({ kind: 'none' });

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
      const { openRecordPdf } = await import('./record-pdf-source');
      const task = await openRecordPdf(fileId, fail);
      destroy = () => task.destroy();
      if (!live) return void destroy();
      const doc = await task.promise;
      if (live) setState({ kind: 'ready', fileId, doc });
    })().catch(fail);
    return () => {
      live = false;
      void destroy?.();
    };
  }, [fileId]);

  return state;
}
