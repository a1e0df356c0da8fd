// Which queued task a free PDFium worker takes: the most urgent; among equals a file it already holds, then a file no
// worker holds, then another worker's file (so no core idles). A file read by two workers is parsed twice.
import { describe, expect, it } from 'vitest';
import { WORKER_OPEN_FILES } from '../../../electron/backend/records/extract-protocol';
import { HELP_MIN_PAGES, HeldFiles, pickTask, type QueuedTask } from '../../../electron/backend/records/worker-affinity';

const extract = (path: string, priority = 10, pin?: number, pages = 250): QueuedTask => ({
  priority,
  pin,
  body: { op: 'extract', path, from: 0, to: pages },
});
const count = (path: string, keepOpen = true): QueuedTask => ({
  priority: 10,
  pin: undefined,
  body: { op: 'count', path, keepOpen },
});

/** Workers as the pool sees them: the files each holds and the file of the task each is running. */
function workers(n: number) {
  const held = new HeldFiles(n);
  const running: (string | null)[] = Array.from({ length: n }, () => null);
  return {
    send(slot: number, body: QueuedTask['body']) {
      held.sent(slot, body);
      running[slot] = body.path;
    },
    answer(slot: number) {
      running[slot] = null;
    },
    forget(slot: number) {
      held.forget(slot);
      running[slot] = null;
    },
    pick: (queue: QueuedTask[], slot: number) => pickTask(queue, slot, held, (s) => running[s] ?? null),
  };
}

describe('pickTask', () => {
  it('keeps each file on the worker that holds it', () => {
    const w = workers(2);
    w.send(0, count('/a.pdf').body);
    w.send(1, count('/b.pdf').body);
    const queue = [extract('/a.pdf'), extract('/b.pdf'), extract('/a.pdf'), extract('/b.pdf')];
    expect(w.pick(queue, 1)).toBe(1);
    expect(w.pick(queue, 0)).toBe(0);
  });

  it('starts a file no worker holds before it takes up another worker’s file', () => {
    const w = workers(2);
    w.send(1, count('/b.pdf').body);
    const queue = [extract('/b.pdf'), extract('/b.pdf'), count('/c.pdf')];
    expect(w.pick(queue, 0)).toBe(2);
  });

  it('helps another worker finish its file when nothing else waits', () => {
    const w = workers(2);
    w.send(1, count('/b.pdf').body);
    expect(w.pick([extract('/b.pdf'), extract('/b.pdf')], 0)).toBe(0);
  });

  it('leaves the last few pages of another worker’s file to it, and takes less urgent work meanwhile', () => {
    // Seen in a trace: a free worker opened a 2,500-page file for its last 11 pages (97 ms, 7 of them reading) while
    // the worker holding it waited for that to finish.
    const w = workers(2);
    w.send(1, count('/b.pdf').body);
    const tail = [extract('/b.pdf', 10, undefined, HELP_MIN_PAGES - 1), extract('/b.pdf', 10, undefined, 8)];
    expect(w.pick(tail, 0)).toBe(-1);
    expect(w.pick(tail, 1)).toBe(0);
    expect(
      w.pick([...tail, { priority: 20, pin: undefined, body: { op: 'render', path: '/b.pdf', pageIndex: 3, dpi: 300 } }], 0),
    ).toBe(2);
    expect(w.pick([...tail, extract('/c.pdf', 20, undefined, 8)], 0)).toBe(2);
    // Its holder, free again, takes them next; busy with another file, it would leave them waiting: they are taken up
    // (a damaged file read again page by page while its holder reads another file).
    w.answer(1);
    expect(w.pick(tail, 0)).toBe(-1);
    w.send(1, extract('/c.pdf').body);
    expect(w.pick(tail, 0)).toBe(0);
    // A task pinned to this worker is its own whatever its size, and a file no worker holds any longer is anyone's.
    w.send(1, count('/b.pdf').body);
    expect(w.pick([extract('/b.pdf', 10, 0, 8)], 0)).toBe(0);
    w.forget(1);
    expect(w.pick(tail, 0)).toBe(0);
  });

  it('never lets a file it holds go before a more urgent task, nor runs a task pinned elsewhere', () => {
    const w = workers(2);
    w.send(0, count('/a.pdf').body);
    const viewed = extract('/b.pdf', 0);
    expect(w.pick([viewed, extract('/a.pdf')], 0)).toBe(0);
    expect(w.pick([extract('/b.pdf', 10, 1), extract('/c.pdf', 10, 1)], 0)).toBe(-1);
    expect(w.pick([extract('/b.pdf', 10, 1), extract('/a.pdf')], 0)).toBe(1);
    expect(w.pick([], 0)).toBe(-1);
  });
});

describe('HeldFiles', () => {
  it('follows what the worker keeps: counted and closed, kept open, released, the oldest let go, a worker replaced', () => {
    const held = new HeldFiles(2);
    held.sent(0, count('/once.pdf', false).body);
    expect(held.heldByAny('/once.pdf')).toBe(false);

    const paths = Array.from({ length: WORKER_OPEN_FILES + 1 }, (_, i) => `/f${i}.pdf`);
    for (const p of paths) held.sent(0, extract(p).body);
    expect(held.heldBy(0, paths[0]!)).toBe(false);
    for (const p of paths.slice(1)) expect(held.heldBy(0, p)).toBe(true);
    expect(held.heldBy(1, paths[1]!)).toBe(false);

    // Using a file again makes it the newest, as the worker's own cache does.
    held.sent(0, { op: 'render', path: paths[1]!, pageIndex: 0, dpi: 300 });
    held.sent(0, extract('/new.pdf').body);
    expect(held.heldBy(0, paths[1]!)).toBe(true);

    held.sent(0, { op: 'release', path: paths[1]! });
    expect(held.heldBy(0, paths[1]!)).toBe(false);
    held.forget(0);
    expect(held.heldByAny('/new.pdf')).toBe(false);
  });
});
