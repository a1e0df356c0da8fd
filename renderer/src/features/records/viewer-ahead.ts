// The viewer's first reply asked for in the click or key handler that picks a page of another file, before React draws
// the step again: the reply travels while the entry and the viewer render. useRecordPdf takes it instead of asking again.
import type { ViewerOpening } from '../../../../electron/common/ipc/records.contract';
import { recordsApi } from './records-api';

/** A reply asked for ahead and not taken within this long is stale (the file may have been replaced): asked again. */
const FRESH_MS = 5000;

let ahead: { fileId: string; pageNumber: number; reply: Promise<ViewerOpening>; at: number } | null = null;

/** Asks for the first reply of `fileId` opened on `pageNumber` now; the viewer takes it when it opens that file. */
export function askViewerAhead(fileId: string, pageNumber: number): void {
  const reply = recordsApi.openViewer(fileId, pageNumber);
  reply.catch(() => undefined); // reported by the viewer, which awaits it
  ahead = { fileId, pageNumber, reply, at: performance.now() };
}

/** The first reply for `fileId` on `pageNumber`: the one asked for ahead when it matches and is fresh, else asked now. */
export function viewerOpening(fileId: string, pageNumber: number): Promise<ViewerOpening> {
  const held = ahead;
  ahead = null;
  if (held && held.fileId === fileId && held.pageNumber === pageNumber && performance.now() - held.at < FRESH_MS)
    return held.reply;
  return recordsApi.openViewer(fileId, pageNumber);
}
