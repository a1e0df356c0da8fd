// Child process of packaged-app.test.ts: starts the packaged main.cjs (electron-stand-in.cjs preloaded) and drives its real
// IPC channels as the window would: open the sample case (records import in workers), import and OCR a scanned page,
// export a .docx, quit. Prints one JSON line with what happened; every step that fails throws with its channel.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const { STAND_IN_APP_PATH, SCANNED_PDF } = process.env;
const standIn = globalThis.__electronStandIn;
if (!standIn) throw new Error('drive-packaged: run with --require electron-stand-in.cjs');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const event = { senderFrame: { url: 'app://medlegal/index.html', parent: null } };

async function invoke(channel, input) {
  const handler = standIn.handlers.get(channel);
  if (!handler) throw new Error(`drive-packaged: the packaged app registered no handler for ${channel}`);
  const result = await handler(event, input);
  if (!result.ok) throw new Error(`drive-packaged: ${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

async function until(what, check, timeoutMs) {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`drive-packaged: timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function main() {
  const timings = {};
  const time = async (name, step) => {
    const started = Date.now();
    const value = await step();
    timings[name] = Date.now() - started;
    return value;
  };
  require(path.join(STAND_IN_APP_PATH, 'dist', 'electron', 'main.cjs'));
  const failedStart = () => standIn.calls.find(([what]) => what === 'dialog.showErrorBox');
  await until('the IPC handlers', () => standIn.handlers.size > 0 || failedStart(), 10_000);
  if (failedStart()) throw new Error(`drive-packaged: the app could not start: ${failedStart().slice(1).join(': ')}`);

  const sample = await time('openSample', () => invoke('cases:openSample', { sample: 'qme' }));
  const sampleOverview = await invoke('records:overview', { caseId: sample.id });

  const { jobId } = await invoke('records:importPaths', {
    caseId: sample.id,
    batch: { sender: 'Packaged-app check', dateReceived: '2026-01-05', declaredPageCount: null, senderDeclarationReceived: true },
    paths: [SCANNED_PDF],
  });
  const imported = await time('importScanned', () =>
    until(
      'the scanned import',
      async () => {
        const status = await invoke('records:importStatus', { jobId });
        return ['done', 'failed', 'cancelled'].includes(status.state) ? status : null;
      },
      30_000,
    ),
  );
  const overview = await invoke('records:overview', { caseId: sample.id });
  const scannedFile = overview.files.find((f) => f.originalName === path.basename(SCANNED_PDF));
  if (!scannedFile) throw new Error(`drive-packaged: the scanned file is not in the case (${JSON.stringify(imported)})`);
  const page = await time('ocr', () =>
    until(
      'OCR of the scanned page',
      async () => {
        const text = await invoke('records:pageText', { fileId: scannedFile.id, pageNumber: 1 });
        return text && !text.ocrPending ? text : null;
      },
      45_000,
    ),
  );

  const exported = await time('exportDocx', () => invoke('export:docx', { caseId: sample.id }));

  // The menu as the user clicks it: File → New Case, Help → About (then Third-Party Notices), Help → Check for Updates.
  const menu = standIn.calls.find(([what]) => what === 'Menu.setApplicationMenu')?.[1]?.template ?? [];
  const items = (list) => list.flatMap((i) => [i, ...items(Array.isArray(i.submenu) ? i.submenu : [])]);
  const click = async (label) => {
    const item = items(menu).find((i) => i.label === label);
    if (!item?.click) throw new Error(`drive-packaged: the menu has no "${label}"`);
    item.click();
    await sleep(50);
  };
  const openedUrls = () => standIn.calls.filter(([what]) => what === 'shell.openExternal').map((c) => c[1]);
  for (const label of ['New Case', 'About MedLegal Writer']) await click(label);
  // Start-up, the sample, OCR, export and the other menu items never open the browser; only this click does.
  const openedUrlsBeforeUpdateClick = openedUrls();
  await click('Check for Updates…');

  // A second launch focuses this window; closing the window saves where it was.
  standIn.app.emit('second-instance', {}, ['medlegal-writer'], process.cwd());
  standIn.windows[0]?.emit('close');

  // Quit as Electron would: will-quit closes the backend (workers, database), then the app quits.
  const quitting = { defaultPrevented: false, preventDefault: () => (quitting.defaultPrevented = true) };
  standIn.app.emit('will-quit', quitting);
  await until('the backend to close', () => standIn.calls.some(([what]) => what === 'app.quit'), 15_000);

  const window = standIn.windows[0];
  const result = {
    sampleCaseId: sample.id,
    sampleFiles: sampleOverview.files.map((f) => ({ name: f.originalName, pages: f.pageCount })),
    scannedImport: { state: imported.state, pagesImported: imported.pagesImported, problems: imported.fileProblems },
    ocrText: page.text,
    exportedFile: exported.filePath,
    exportedBytes: exported.filePath && fs.existsSync(exported.filePath) ? fs.statSync(exported.filePath).size : 0,
    window: window
      ? { url: standIn.calls.find(([w]) => w === 'BrowserWindow.loadURL')?.[1], preload: window.options.webPreferences?.preload }
      : null,
    focusedOnSecondLaunch: standIn.calls.some(([what]) => what === 'BrowserWindow.focus'),
    examinee: { name: sample.examineeName, claimNumber: sample.claimNumber },
    sentToWindow: window ? window.webContents.sent : [],
    about: standIn.calls.find(([what]) => what === 'dialog.showMessageBox')?.[1] ?? null,
    openedPaths: standIn.calls.filter(([what]) => what === 'shell.openPath').map((c) => c[1]),
    openedUrlsBeforeUpdateClick,
    openedUrls: openedUrls(),
    errorBoxes: standIn.calls.filter(([what]) => what === 'dialog.showErrorBox').map((c) => c.slice(1)),
    timings,
  };
  process.stdout.write(`\nPACKAGED-RESULT ${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
