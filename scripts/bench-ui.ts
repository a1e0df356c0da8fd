// UI benchmark at a busy practice's scale (`npm run bench:ui`, issue #17): builds data folders of three sizes through the
// real backend, drives the built renderer in Chromium (test/e2e/harness.ts) and prints min / median of what the physician
// waits for, the long tasks over 50 ms (with the step they fell in) and the JS heap. Run `npx vite build` first (with
// MEDLEGAL_RENDERER_DIR, as for the E2E tests, to measure a private build). BENCH_RUNS (3), BENCH_SIZES (all),
// BENCH_ONLY=cases (app start, search, open case and case list load only: no Records step, viewer, chronology or export),
// BENCH_ONLY=viewer (the steps on the way to the viewer and the viewer itself: no End key, date edit or export).
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../electron/backend/create-backend';
import type { ExtractedPage } from '../electron/backend/records/pdf-text-extractor';
import { sealBuffer } from '../electron/backend/fs/sealed-file';
import { storeOverlay } from '../electron/backend/records/viewer-overlay-store';
import { paragraphsToDocument } from '../electron/common/document/doc-model';
import { seededRandom, textPdf } from '../test/fixtures/generate-pdfs';
import { closeBrowser, launchApp } from '../test/e2e/harness';
import { invoke } from '../test/helpers/invoke';
import { TEST_DATABASE_KEY } from '../test/helpers/temp-backend';
import { keyFrameProbe } from './bench-key-frames';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const VIEWER_ONLY = process.env.BENCH_ONLY === 'viewer';
const CASES_ONLY = process.env.BENCH_ONLY === 'cases';
const SIZES = [
  { name: 'small', cases: 10, pages: 500, entries: 100 },
  { name: 'medium', cases: 200, pages: 2_500, entries: 1_000 },
  { name: 'large', cases: 1_000, pages: 10_000, entries: 2_000 },
].filter((s) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(',').includes(s.name));
type Size = (typeof SIZES)[number];

// The big case is found by typing "quixb". No generated name has a q; a few cases share ever shorter parts of that word,
// so every key narrows the rows on screen and the time until they all match is the time until that key's reply is drawn.
const BIG = { name: 'Zeta Quixbench', claim: 'BIG-0001' };
const SEARCH = 'quixb';
const NARROWING = ['Omar Iqbal', 'Luis Quade', 'Ana Quade', 'Gina Quill', 'Carl Quill', 'Dana Quixley', 'Elena Quixley'];
const FIRST = ['Ana', 'Carl', 'Dana', 'Elena', 'Frank', 'Gina', 'Hector', 'Irene', 'Jonah', 'Karen', 'Luis', 'Maria', 'Nora'];
const LAST = ['Alvarez', 'Bennett', 'Castillo', 'Dawson', 'Ellis', 'Fischer', 'Garcia', 'Hughes', 'Jensen', 'Lopez', 'Nguyen'];
const WORDS = (
  'patient reports pain stiffness numbness in the lumbar cervical spine shoulder wrist knee with radiation into the left ' +
  'right lower extremity worse after sitting standing walking lifting improved by rest heat medication therapy imaging ' +
  'shows disc protrusion degenerative changes treatment included physical therapy injections modified duty work status'
).split(' ');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/**
 * The big case's records as one PDF of `pages` pages (fictional text), as a sender's packet arrives: the viewer opens
 * it on its last page. Made once per page count and kept in the temp folder (10,000 pages take a while to write).
 */
async function packetPdf(pages: number): Promise<string> {
  const file = path.join(os.tmpdir(), `medlegal-bench-ui-packet-${pages}.pdf`);
  if (!fs.existsSync(file)) {
    const bytes = await textPdf({ pages, seed: 1717, title: 'Fictional records packet' });
    fs.writeFileSync(`${file}.part`, bytes);
    fs.renameSync(`${file}.part`, file);
  }
  return file;
}

function words(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' ');
}

/** Cases through the registry; the big case's pages straight through the records repository; its chronology through the registry. */
async function buildData(size: Size): Promise<{ dataDir: string; buildMs: number }> {
  const started = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `medlegal-bench-ui-${size.name}-`));
  const backend = createBackend({
    dataDir,
    host: { chooseSavePath: async () => null },
    pdfCopies: false,
    // The key the harness opens the folder with.
    databaseKey: TEST_DATABASE_KEY,
  });
  const rand = seededRandom(17);
  const today = new Date();
  const fields = (name: string, claim: string, i: number) => ({
    examineeName: name,
    dateOfBirth: '1970-01-01',
    claimNumber: claim,
    employer: `Employer ${i % 37}`,
    claimsAdministrator: 'Harbor Claims',
    reportKind: 'QME' as const,
    examDate: iso(addDays(today, -Math.floor(rand() * 120))),
  });
  for (let i = 1; i < size.cases; i++) {
    const name =
      NARROWING[i - 1] ??
      `${FIRST[i % FIRST.length]} ${String.fromCharCode(65 + (i % 23))}. ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    await invoke(backend.registry, 'cases:create', { fields: fields(name, `WC-2026-${String(i).padStart(5, '0')}`, i) });
  }
  const big = await invoke(backend.registry, 'cases:create', { fields: fields(BIG.name, BIG.claim, 0) });

  // The import (PDF parsing, hashing, OCR checks) is what bench:ingest measures; here only its result matters: one
  // stored PDF of all the case's pages (the viewer reads it) and its page rows with about 2 KB of text each.
  const repo = backend.services.recordsModule.repo;
  const packet = await packetPdf(size.pages);
  const sha256 = createHash('sha256').update(fs.readFileSync(packet)).digest('hex');
  const storedPath = `cases/${big.id}/records/${sha256}.pdf`;
  fs.mkdirSync(path.join(dataDir, 'cases', big.id, 'records'), { recursive: true });
  // As the import does: the file sealed with the folder's records key, and the viewer's page tree kept beside it.
  const { fileKey } = backend.services.recordsModule;
  const stored = path.join(dataDir, ...storedPath.split('/'));
  fs.writeFileSync(stored, fileKey ? sealBuffer(fileKey, fs.readFileSync(packet)) : fs.readFileSync(packet));
  storeOverlay(stored, fileKey);
  const batch = repo.createBatch(big.id, {
    sender: 'Sender 0',
    dateReceived: iso(addDays(today, -200)),
    declaredPageCount: size.pages,
    senderDeclarationReceived: true,
  });
  const pages: ExtractedPage[] = Array.from({ length: size.pages }, (_, p) => ({
    text: words(rand, 330),
    searchExtra: '',
    hasTextLayer: true,
    // Every 40th page repeats an earlier one's content (a candidate duplicate, as a resent record would be).
    contentHash: (p % 40 === 39 ? 'dup' : `p${p}`).padEnd(64, '0'),
    problem: null,
    pageLabel: null,
    bates: null,
  }));
  const file = { id: randomUUID(), pages: size.pages };
  repo.commitImportedFile({
    fileId: file.id,
    batchId: batch.id,
    caseId: big.id,
    sha256,
    originalName: 'records-packet.pdf',
    storedPath,
    byteSize: fs.statSync(packet).size,
    importedAt: new Date().toISOString(),
    pages,
  });
  for (let e = 0; e < size.entries; e++) {
    // The first entry, dated before all others (so it is row 1), cites the file's last page: the viewer opens there.
    const from = e === 0 ? file.pages : 1 + Math.floor(rand() * (file.pages - 3));
    await invoke(backend.registry, 'chronology:create', {
      caseId: big.id,
      entry: {
        dateOfService: e === 0 ? '2011-06-01' : iso(addDays(new Date('2012-01-01'), Math.floor(rand() * 4000))),
        provider: `Dr. ${LAST[e % LAST.length]}`,
        facility: `Clinic ${e % 13}`,
        recordType: e % 3 ? 'Progress note' : 'Imaging',
        source: { fileId: file.id, pageFrom: from, pageTo: Math.min(file.pages, from + 2) },
        summary: paragraphsToDocument([words(rand, 40), words(rand, 25)]),
        reliedUpon: e % 5 === 0,
      },
    });
  }
  await backend.close();
  return { dataDir, buildMs: performance.now() - started };
}

/**
 * Backend-only costs, for the note under the table: the list with and without a search, the records overview, and the
 * draft export of the big case with its process CPU time, which a shared machine's load inflates far less than wall time.
 */
async function backendTimes(backend: Backend) {
  const bigId = (backend.db.prepare('SELECT id FROM cases WHERE examinee_name = ?').get(BIG.name) as { id: string }).id;
  const time = (fn: () => unknown) => {
    const xs: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      fn();
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  const exportWall: number[] = [];
  const exportCpu: number[] = [];
  for (let i = 0; i < (CASES_ONLY || VIEWER_ONLY ? 0 : 5); i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await backend.services.exports.exportDraft({ caseId: bigId });
    exportWall.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    exportCpu.push((used.user + used.system) / 1000);
  }
  return {
    list: time(() => backend.services.cases.list('')),
    search: time(() => backend.services.cases.list(SEARCH)),
    overview: time(() => backend.services.records.overview(bigId)),
    chronologyRows: time(() => backend.services.records.chronologyRows(bigId, 0, 60)),
    exportWall: median(exportWall),
    exportCpu: median(exportCpu),
  };
}

// In the page before the app: long tasks, and when the first case row appeared (app start to list rendered).
const INIT_SCRIPT = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // What ran in each frame over 100 ms (Long Animation Frames): the script's entry point and file, for the notes.
  window.__slowFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.duration > 100)
          window.__slowFrames.push({
            start: e.startTime,
            duration: e.duration,
            scripts: e.scripts.map((x) => ({ invoker: x.invoker, file: x.sourceURL.split('/').pop(), ms: x.duration })),
          });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  // The viewer's first reply as the page waits for it (window.medlegal is set by the harness after this script: caught
  // here to time that one channel), to tell the backend's share from the test bridge's (bench notes).
  window.__openViewerMs = [];
  let api;
  Object.defineProperty(window, 'medlegal', {
    configurable: true,
    get: () => api,
    set: (value) => {
      api = Object.freeze({
        ...value,
        'records:openViewer': async (input) => {
          const t0 = performance.now();
          const reply = await value['records:openViewer'](input);
          window.__openViewerMs.push(performance.now() - t0);
          return reply;
        },
      });
    },
  });
  // The step under way, so each long task can be told by the step it fell in.
  window.__phases = [['app start', 0]];
  window.__phase = (name) => window.__phases.push([name, performance.now()]);
  window.__listAt = null;
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-case-row]')) { window.__listAt = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  // Checked once per frame: the time is that of the first frame whose DOM shows the result.
  window.__until = (pred, timeout = 60000) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const check = () => {
      let ok = false;
      try { ok = pred(); } catch {}
      if (ok) resolve(performance.now());
      else if (performance.now() - t0 > timeout) reject(new Error('timed out'));
      else requestAnimationFrame(check);
    };
    check();
  });
  window.__setInput = (el, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };
`;

// Each typed key to the frame after its character went in (bench-key-frames.ts); installed once per page load.
const KEY_PROBE = `(() => {
  if (window.__keyFrames) return;
  window.__keyFrames = [];
  ${keyFrameProbe('window.__keyFrames')}
})()`;

declare global {
  interface Window {
    __keyFrames: number[];
    __longTasks: { start: number; duration: number }[];
    __openViewerMs: number[];
    __slowFrames: { start: number; duration: number; scripts: { invoker: string; file: string; ms: number }[] }[];
    __phases: [string, number][];
    __phase: (name: string) => void;
    __listAt: number | null;
    __until: (pred: () => boolean, timeout?: number) => Promise<number>;
    __setInput: (el: HTMLInputElement, value: string) => void;
  }
}

type Metric =
  | 'app start → first paint'
  | 'app start → list rendered'
  | 'case list load → rendered'
  | 'case list search, per key'
  | 'open case'
  | 'open Records step → totals'
  | 'open Records step → chronology rows'
  | 'viewer on the last page (click → drawn)'
  | 'chronology scroll to end (End key)'
  | 'edit a date → renumbered on screen'
  | 'edit a date: save sent → renumbered'
  | 'edit a date and leave the field → renumbered'
  | 'chronology: edit an entry’s text, per key'
  | 'export .docx (click → saved)';

async function measure(size: Size, dataDir: string) {
  const results = new Map<Metric, number[]>();
  const add = (m: Metric, v: number) => results.set(m, [...(results.get(m) ?? []), v]);
  const app = await launchApp({ dataDir, jsonReplies: true, initScript: INIT_SCRIPT });
  const { page } = app;
  const calls = new Map<string, number>();
  let updateSentAt = 0;
  const viewerBackendMs: number[] = [];
  const viewerReplyKb: number[] = [];
  const instrument = () => {
    const registry = app.backend().registry;
    const original = registry.invoke.bind(registry);
    registry.invoke = (channel: string, payload: unknown) => {
      calls.set(channel, (calls.get(channel) ?? 0) + 1);
      if (channel === 'chronology:update') updateSentAt = Date.now();
      const reply = original(channel, payload);
      if (channel === 'records:openViewer') {
        const t0 = performance.now();
        void reply.then((r) => {
          viewerBackendMs.push(performance.now() - t0);
          viewerReplyKb.push(JSON.stringify(r).length / 1024);
        });
      }
      return reply;
    };
  };
  instrument();
  const overviewsPerOpen: number[] = [];
  let openCalls = '';
  const longTasks: { duration: number; phase: string }[] = [];
  const slowFrames: string[] = [];
  const viewerRoundTripMs: number[] = [];
  const phase = (name: string) => page.evaluate((n) => window.__phase(n), name);

  // Once before timing: Chromium keeps a script's compiled code from its second load on, as Electron keeps the app's
  // (app:// codeCache) from the first day; app start is timed as on any day after that.
  await page.reload();
  await page.locator('[data-case-row]').first().waitFor();
  for (let run = 0; run < RUNS; run++) {
    // App start: the page loads anew over the running backend.
    await page.reload();
    const start = await page.evaluate(async () => {
      await window.__until(() => window.__listAt !== null);
      // The list's rows are in the DOM; the first frame may be painted only after (the app's first frame waits for them).
      await window.__until(() => performance.getEntriesByName('first-contentful-paint').length > 0, 5000).catch(() => 0);
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { paint, list: window.__listAt! };
    });
    add('app start → first paint', start.paint);
    add('app start → list rendered', start.list);

    // Search, key by key, from an empty box; then cleared.
    await phase('search');
    const perKey = await page.evaluate(async (query) => {
      const box = document.querySelector<HTMLInputElement>('input[aria-label="Search cases"]')!;
      const times: number[] = [];
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        const t0 = performance.now();
        window.__setInput(box, typed);
        const t1 = await window.__until(() => {
          const rows = Array.from(document.querySelectorAll('[data-case-row]'));
          // The name and claim number cells: what the search matches ("QME" in another cell has a q too). Inline: a
          // named helper here would carry tsx's __name wrapper into the page.
          return (
            rows.length > 0 &&
            rows.every((r) => `${r.children[0]?.textContent} ${r.children[1]?.textContent}`.toLowerCase().includes(typed))
          );
        });
        times.push(t1 - t0);
      }
      return times;
    }, SEARCH);
    for (const t of perKey) add('case list search, per key', t);

    // Open the big case (the one row the search left).
    calls.clear();
    await phase('open case');
    add(
      'open case',
      await page.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector<HTMLElement>('[data-case-row]')!.click();
        const t1 = await window.__until(() =>
          Array.from(document.querySelectorAll('h1,h2,h3,h4')).some((h) => h.textContent === 'Case and parties'),
        );
        return t1 - t0;
      }),
    );
    // The requests sent from the click until the first step was drawn (a later run's are the same).
    if (run === 0) openCalls = [...calls].map(([channel, n]) => (n > 1 ? `${channel} ×${n}` : channel)).join(', ');
    if (!CASES_ONLY) {
      await phase('open Records step');
      const step = await page.evaluate(async (entries) => {
        const tab = Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]')).find((t) =>
          (t.textContent ?? '').startsWith('Records reviewed'),
        )!;
        const t0 = performance.now();
        tab.click();
        const totals = await window.__until(() => document.querySelector('[aria-label="Page totals"]') !== null);
        const rows = await window.__until(() => {
          const grid = document.querySelector('[role="grid"][aria-label="Chronology"]');
          return (
            grid?.getAttribute('aria-rowcount') === String(entries + 1) && grid.querySelector('[aria-rowindex="2"]') !== null
          );
        });
        return { totals: totals - t0, rows: rows - t0 };
      }, size.entries);
      add('open Records step → totals', step.totals);
      add('open Records step → chronology rows', step.rows);
      await page.waitForTimeout(300);
      overviewsPerOpen.push(calls.get('records:overview') ?? 0);

      // Scroll to the end by keyboard: End on the first row focuses the last.
      const grid = page.getByRole('grid', { name: 'Chronology' });
      await grid.locator('[aria-rowindex="2"]').focus();
      await phase('chronology End key');
      if (!VIEWER_ONLY)
        add(
          'chronology scroll to end (End key)',
          await page.evaluate(async (entries) => {
            const first = document.querySelector<HTMLElement>('[role="grid"][aria-label="Chronology"] [aria-rowindex="2"]')!;
            const t0 = performance.now();
            first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
            const t1 = await window.__until(
              () => document.activeElement?.getAttribute('aria-rowindex') === String(entries + 1),
              10_000,
            );
            return t1 - t0;
          }, size.entries),
        );

      // Edit entry 1's date to after every other: it becomes the last dated entry; then back.
      await page.keyboard.press('Home');
      await page.evaluate(() => window.__until(() => document.querySelector('[aria-rowindex="2"]') !== null));
      // Entry 1 cites the last page of the case's one big file: the viewer opens the file there.
      await phase('viewer');
      add(
        'viewer on the last page (click → drawn)',
        await page.evaluate(async (pages) => {
          const row = document.querySelector<HTMLElement>('[role="grid"][aria-label="Chronology"] [aria-rowindex="2"]')!;
          const t0 = performance.now();
          row.click();
          const t1 = await window.__until(
            () => document.querySelector(`[data-testid="record-page-canvas"][data-rendered-page="${pages}"]`) !== null,
            60_000,
          );
          return t1 - t0;
        }, size.pages),
      );
      await page.getByRole('region', { name: 'Chronology entry 1' }).waitFor();
      viewerRoundTripMs.push(...(await page.evaluate(() => window.__openViewerMs.splice(0))));
      if (!VIEWER_ONLY) {
        await phase('edit a date');
        // Typed and left in the field (the autosave waits for a pause in typing), or typed and left with Tab (saved then).
        const editDate = async (from: number, to: number, value: string, leave: boolean) =>
          page.evaluate(
            async ({ from, to, value, leave }) => {
              const region = document.querySelector(`[aria-label="Chronology entry ${from}"]`)!;
              const input = region.querySelector<HTMLInputElement>('input[type="date"]')!;
              input.focus();
              const t0 = performance.now();
              window.__setInput(input, value);
              if (leave) input.blur();
              const t1 = await window.__until(() => document.querySelector(`[aria-label="Chronology entry ${to}"]`) !== null);
              return { total: t1 - t0, doneAt: Date.now() };
            },
            { from, to, value, leave },
          );
        const original = await page
          .getByRole('region', { name: 'Chronology entry 1' })
          .locator('input[type="date"]')
          .inputValue();
        const moved = await editDate(1, size.entries, '2099-01-01', false);
        add('edit a date → renumbered on screen', moved.total);
        add('edit a date: save sent → renumbered', moved.doneAt - updateSentAt);
        add('edit a date and leave the field → renumbered', (await editDate(size.entries, 1, original, true)).total);

        // Typing in the open entry's summary (the report's rich-text editor), key by key: from the key to the frame after
        // its character went in (as bench:editor measures it), with 2,000 entries in the chronology beside it.
        await phase('edit text');
        await page.getByRole('region', { name: 'Chronology entry 1' }).locator('[contenteditable="true"]').first().click();
        await page.keyboard.press('End');
        await page.evaluate(KEY_PROBE);
        await page.keyboard.type(' Fictional note.', { delay: 40 });
        for (const ms of await page.evaluate(() => window.__keyFrames.splice(0)))
          add('chronology: edit an entry’s text, per key', ms);
        await page.waitForTimeout(700);

        // Export to Word: click → "Report saved to …".
        await phase('export');
        add(
          'export .docx (click → saved)',
          await page.evaluate(async () => {
            const button = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find(
              (b) => b.textContent === 'Export to Word',
            )!;
            const t0 = performance.now();
            button.click();
            const t1 = await window.__until(() => (document.body.textContent ?? '').includes('Report saved to'), 120_000);
            return t1 - t0;
          }),
        );
      }
    }
    // Back to the case list.
    await phase('case list load');
    add(
      'case list load → rendered',
      await page.evaluate(async () => {
        const back = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
          (b.textContent ?? '').includes('All cases'),
        )!;
        const t0 = performance.now();
        back.click();
        const t1 = await window.__until(() => document.querySelector('[data-case-row]') !== null);
        return t1 - t0;
      }),
    );
    // Each run's long tasks, named by step, before the next run's reload starts the page anew.
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      tasks: window.__longTasks,
      frames: window.__slowFrames,
      phases: window.__phases,
    }));
    const phaseAt = (at: number) => seen.phases.filter(([, t]) => t <= at).at(-1)?.[0] ?? 'app start';
    for (const task of seen.tasks) longTasks.push({ duration: task.duration, phase: phaseAt(task.start) });
    for (const frame of seen.frames) {
      const what = frame.scripts.map((x) => `${x.invoker} in ${x.file || '?'} ${Math.round(x.ms)} ms`).join(', ');
      slowFrames.push(`${phaseAt(frame.start)}: ${Math.round(frame.duration)} ms (${what || 'style, layout and paint'})`);
    }
  }
  const page_ = await page.evaluate(() => ({
    heapMb: ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 2 ** 20,
  }));
  const backend = await backendTimes(app.backend());
  await app.close();
  const viewerReply = {
    roundTripMs: median(viewerRoundTripMs),
    backendMs: median(viewerBackendMs),
    kb: median(viewerReplyKb),
  };
  return { results, longTasks, slowFrames, heapMb: page_.heapMb, backend, overviewsPerOpen, openCalls, viewerReply };
}

async function main() {
  const table = new Map<string, string[]>();
  const notes: string[] = [];
  for (const size of SIZES) {
    const { dataDir, buildMs } = await buildData(size);
    console.log(
      `${size.name}: data built in ${(buildMs / 1000).toFixed(1)} s (${size.cases} cases, ${size.pages} pages, ${size.entries} entries)`,
    );
    try {
      const m = await measure(size, dataDir);
      for (const [metric, xs] of m.results) {
        const cell = `${Math.round(Math.min(...xs))} / ${Math.round(median(xs))} ms`;
        table.set(metric, [...(table.get(metric) ?? []), cell]);
      }
      const durations = m.longTasks.map((t) => t.duration);
      const over50 = durations.filter((d) => d > 50);
      const over100 = durations.filter((d) => d > 100);
      table.set('long tasks > 50 ms (all runs) / > 100 ms / longest', [
        ...(table.get('long tasks > 50 ms (all runs) / > 100 ms / longest') ?? []),
        `${over50.length} / ${over100.length} / ${Math.round(Math.max(0, ...durations))} ms`,
      ]);
      table.set('JS heap at the end', [...(table.get('JS heap at the end') ?? []), `${m.heapMb.toFixed(0)} MB`]);
      const byPhase = new Map<string, number[]>();
      for (const t of m.longTasks.filter((x) => x.duration > 50))
        byPhase.set(t.phase, [...(byPhase.get(t.phase) ?? []), Math.round(t.duration)]);
      notes.push(
        `${size.name}: long tasks over 50 ms by step (ms): ${
          [...byPhase].map(([p, ds]) => `${p} ${ds.join(', ')}`).join('; ') || 'none'
        }`,
      );
      if (!CASES_ONLY) {
        const { roundTripMs, backendMs, kb } = m.viewerReply;
        notes.push(
          `${size.name}: viewer's first reply (median) ${roundTripMs.toFixed(0)} ms from the page's call to its arrival, of which ` +
            `${backendMs.toFixed(0)} ms in the backend; the rest is the bridge and the page carrying ${kb.toFixed(0)} KB as JSON`,
        );
      }
      if (m.slowFrames.length > 0) notes.push(`${size.name}: frames over 100 ms, what ran: ${m.slowFrames.join('; ')}`);
      const keys = m.results.get('chronology: edit an entry’s text, per key') ?? [];
      if (keys.length > 0)
        notes.push(`${size.name}: chronology text, ${keys.length} keys: longest ${Math.round(Math.max(...keys))} ms`);
      notes.push(`${size.name}: requests from the click on a case until its first step is drawn: ${m.openCalls}`);
      notes.push(
        `${size.name}: backend cases:list ${m.backend.list.toFixed(1)} ms, search "${SEARCH}" ${m.backend.search.toFixed(1)} ms, ` +
          `records:overview ${m.backend.overview.toFixed(1)} ms, chronology:rows (first 60) ${m.backend.chronologyRows.toFixed(1)} ms; records:overview requests per case+Records open: ${m.overviewsPerOpen.join(', ')}; ` +
          (CASES_ONLY
            ? ''
            : `draft export (backend, median of 5) ${m.backend.exportWall.toFixed(0)} ms wall, ${m.backend.exportCpu.toFixed(0)} ms CPU`),
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  await closeBrowser();
  const sizes = SIZES.map((s) => `${s.name}: ${s.cases} cases, ${s.pages} pages, ${s.entries} entries`);
  console.log(`\nmin / median of ${RUNS} runs\n`);
  console.log(`| what the physician waits for | ${sizes.join(' | ')} |`);
  console.log(`|---|${sizes.map(() => '---').join('|')}|`);
  for (const [metric, cells] of table) console.log(`| ${metric} | ${cells.join(' | ')} |`);
  console.log(`\n${notes.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
