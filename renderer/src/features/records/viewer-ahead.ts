// The viewer's first reply asked for in the click or key handler that picks a page of another file, before React draws
// the step again: the reply travels while the entry and the viewer render. useRecordPdf takes it instead of asking again.
// With it goes a request for the file's length, so pdf.js can start opening the file before the reply lands.
import type { ViewerOpening } from '../../../../electron/common/ipc/records.contract';
import { recordsApi } from './records-api';

/** A reply asked for ahead and not taken within this long is stale (the file may have been replaced): asked again. */
const FRESH_MS = 5000;

/** The file's whole length as the viewer reads it (soon), and the first reply for one page (later: it is larger). */
export interface FirstReply {
  total: Promise<number>;
  reply: Promise<ViewerOpening>;
}

let ahead: { fileId: string; pageNumber: number; first: FirstReply; at: number } | null = null;

function ask(fileId: string, pageNumber: number): FirstReply {
  const total = recordsApi.viewerLength(fileId).then((r) => r.total);
  const reply = recordsApi.openViewer(fileId, pageNumber);
  // Reported by the viewer, which awaits them.
  total.catch(() => undefined);
  reply.catch(() => undefined);
  return { total, reply };
}

/** Asks for the first reply of `fileId` opened on `pageNumber` now; the viewer takes it when it opens that file. */
export function askViewerAhead(fileId: string, pageNumber: number): void {
  ahead = { fileId, pageNumber, first: ask(fileId, pageNumber), at: performance.now() };
}

/** The first reply for `fileId` on `pageNumber`: the one asked for ahead when it matches and is fresh, else asked now. */
export function viewerOpening(fileId: string, pageNumber: number): FirstReply {
  const held = ahead;
  ahead = null;
  if (held && held.fileId === fileId && held.pageNumber === pageNumber && performance.now() - held.at < FRESH_MS)
    return held.first;
  return ask(fileId, pageNumber);
}
