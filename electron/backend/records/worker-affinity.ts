// Which queued task a free PDFium worker takes next. Each worker parses a file's cross-reference table, page tree and
// fonts for itself, so a file read by two workers is parsed twice: keep each file on the worker that holds it.
import { WORKER_OPEN_FILES, type ExtractTaskBody } from './extract-protocol';

export interface QueuedTask {
  priority: number;
  pin: number | undefined;
  body: ExtractTaskBody;
}

/** The file of the task each worker slot is running, null when it is free (read off the pool's running tasks). */
export type ReadingNow = (slot: number) => string | null;

/** The files each worker holds open, mirrored from the requests sent (extract-worker keeps the most recent ones). */
export class HeldFiles {
  /** Per worker slot, paths in order of last use (oldest first), as the worker's own cache. */
  private readonly bySlot: Map<string, true>[];

  constructor(slots: number) {
    this.bySlot = Array.from({ length: slots }, () => new Map());
  }

  /** The worker in `slot` was sent this request. */
  sent(slot: number, body: ExtractTaskBody): void {
    const held = this.bySlot[slot]!;
    const keeps = body.op === 'count' ? body.keepOpen : body.op !== 'release';
    held.delete(body.path);
    if (!keeps) return;
    held.set(body.path, true);
    while (held.size > WORKER_OPEN_FILES) held.delete(held.keys().next().value!);
  }

  /** The worker in `slot` was replaced: it holds nothing. */
  forget(slot: number): void {
    this.bySlot[slot]!.clear();
  }

  heldBy(slot: number, path: string): boolean {
    return this.bySlot[slot]!.has(path);
  }

  heldByAny(path: string): boolean {
    return this.bySlot.some((held) => held.has(path));
  }

  /** Whether a worker holding this file is free or reading it: it takes the file's next task before long. */
  holderAtHand(path: string, reading: ReadingNow): boolean {
    return this.bySlot.some((held, slot) => held.has(path) && (reading(slot) ?? path) === path);
  }
}

/**
 * Fewer pages than this of a file another worker holds are left to it when it is free or reading that file (it goes
 * on with them next): opening the file and walking its page tree up to them (about 90 ms for a 2,500-page file) costs
 * more than reading them (~0.6 ms a page) saves. When it is busy with another file, they are taken up.
 */
export const HELP_MIN_PAGES = 64;

/** Whether `slot` should take up this task of a file another worker holds. */
function worthHelping(task: QueuedTask, slot: number, held: HeldFiles, reading: ReadingNow): boolean {
  const body = task.body;
  if (task.pin === slot || body.op !== 'extract' || body.to - body.from >= HELP_MIN_PAGES) return true;
  return !held.holderAtHand(body.path, reading);
}

/**
 * The index in `queue` (sorted by priority, then arrival) of the task the worker in `slot` should run, or -1. The most
 * urgent tasks it may run come first; among tasks as urgent, one for a file it holds, then one for a file no worker
 * holds (a new file), then the earliest of another worker's file that is worth opening (helping it finish, so no core
 * idles). When a level holds only a few pages of files other workers are at hand for, the next level is looked at.
 */
export function pickTask(queue: readonly QueuedTask[], slot: number, held: HeldFiles, reading: ReadingNow): number {
  const mayRun = (t: QueuedTask) => t.pin === undefined || t.pin === slot;
  let i = 0;
  while (i < queue.length) {
    const priority = queue[i]!.priority;
    let fresh = -1;
    let help = -1;
    for (; i < queue.length && queue[i]!.priority === priority; i++) {
      const task = queue[i]!;
      if (!mayRun(task)) continue;
      if (held.heldBy(slot, task.body.path)) return i;
      if (!held.heldByAny(task.body.path)) {
        if (fresh < 0) fresh = i;
      } else if (help < 0 && worthHelping(task, slot, held, reading)) help = i;
    }
    if (fresh >= 0) return fresh;
    if (help >= 0) return help;
  }
  return -1;
}
