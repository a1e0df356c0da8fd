// Drives the built renderer in Debian's Chromium, bridged to the real backend over a temporary data folder.
// The page gets the same window.medlegal object the preload exposes; every call goes through the real handler registry.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CheckTimer } from '../../electron/backend/backup/automatic-backups';
import { createBackend, type Backend } from '../../electron/backend/create-backend';
import type { HandlerRegistry } from '../../electron/backend/ipc/handler-registry';
import { createUnlockableRegistry } from '../../electron/backend/security/locked-registry';
import { PRELOAD_CHANNELS } from '../../electron/common/ipc/channels';
import { UNLOCK_HASH } from '../../electron/common/ipc/unlock-hash';
import { requireTool } from '../helpers/tools';
import { TEST_DATABASE_KEY } from '../helpers/temp-backend';

const ROOT = path.resolve(__dirname, '../..');
// MEDLEGAL_RENDERER_DIR: the same override vite.config reads, for a private build.
const RENDERER_DIR = path.join(ROOT, process.env.MEDLEGAL_RENDERER_DIR ?? 'dist/renderer');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No host but loopback (where the app's files are served) can be reached: a request the app should never make fails
  // here as it would offline, and is noted (blockedRequests). Blocking it with Playwright's routing instead would also
  // turn off the browser's cache, and with it the compiled code Electron keeps for the app (see appFileServer).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

let fileServer: http.Server | null = null;

/**
 * The built renderer served from loopback, as Electron's app:// handler serves it from disk: the page reads its files
 * straight from the server, not through the test's connection to the browser, which carried every byte twice and made
 * loading the app's code (about 1 MB) slower than it is in the app. Returns the app's address.
 */
async function appFileServer(): Promise<string> {
  fileServer ??= await new Promise<http.Server>((resolve, reject) => {
    const server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://loopback');
      const file = path.normalize(path.join(RENDERER_DIR, decodeURIComponent(url.pathname)));
      if (!file.startsWith(RENDERER_DIR + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        response.writeHead(404).end('not found');
        return;
      }
      // The built assets are named by their content, so they may be kept: Chromium then keeps their compiled code as
      // Electron does for app:// (codeCache, electron/main/security/app-protocol.ts). The page itself is asked anew.
      const kept = url.pathname.startsWith('/assets/');
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': kept ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      response.end(fs.readFileSync(file));
    });
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
  return `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}/index.html`;
}

function ensureRendererBuilt(): void {
  if (fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export interface AppSession {
  page: Page;
  dataDir: string;
  exportDir: string;
  backend(): Backend;
  /** Closes the backend and reloads the page on the same data folder, as quitting and reopening the app would. */
  restart(): Promise<void>;
  /** Requests the page tried to make outside the app's own origin (must stay empty: the app is offline). */
  blockedRequests: string[];
  /** The exported files the app asked the system to open or show in their folder, in order. */
  systemRequests: { action: 'open' | 'show'; file: string }[];
  /** The path the next "choose a file" dialog answers with (signature image, letterhead); null answers "cancelled". Used once. */
  nextOpenFile: string | null;
  nextOpenFiles: string[];
  /** The folder the next folder picker (automatic backups) answers with; null answers "cancelled". Used once. */
  nextFolder: string | null;
  setDropPaths(paths: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | null = null;

/** For the UI benchmark (scripts/bench-ui.ts); the tests use the defaults. */
interface LaunchOptions {
  /** A data folder built beforehand (kept at close); by default a new temp folder, removed at close. */
  dataDir?: string;
  /**
   * Replies cross the bridge as one JSON string, as Electron's IPC copies them: Playwright's own serialisation of a large
   * object (a 1,000-case list, a 2,000-entry chronology) costs far more than the app's real bridge and hides real costs.
   */
  jsonReplies?: boolean;
  /** A script run in the page before the app's own (the benchmark's long-task observer). */
  initScript?: string;
  /**
   * Start as main does when this computer's keychain cannot give the key: the unlock screen, and the backend only once
   * the recovery key or passphrase typed there opens the folder's sealed key. Use with `dataDir`.
   */
  locked?: boolean;
  /** The backend's clock (BackendOptions.now): a test moves it to cross the 10 minutes between kept section revisions. */
  now?: () => Date;
  /** When the backend checks for a due automatic backup (BackendOptions.automaticBackupTimer), instead of hourly. */
  automaticBackupTimer?: CheckTimer;
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppSession> {
  ensureRendererBuilt();
  browser ??= await chromium.launch({ executablePath: requireTool('chromium'), args: CHROMIUM_ARGS });
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-'));
  const exportDir = path.join(dataDir, 'exports');
  fs.mkdirSync(exportDir, { recursive: true });
  let exportCount = 0;
  let nextOpenFile: string | null = null;
  let nextFolder: string | null = null;
  const systemRequests: { action: 'open' | 'show'; file: string }[] = [];
  let nextOpenFiles: string[] = [];
  const host = {
    chooseSavePath: async (suggested: string) => path.join(exportDir, `${++exportCount}-${suggested}`),
    chooseOpenFiles: async () => {
      const chosen = nextOpenFiles;
      nextOpenFiles = [];
      return chosen;
    },
    chooseOpenFile: async () => {
      const chosen = nextOpenFile;
      nextOpenFile = null;
      return chosen;
    },
    chooseFolder: async () => {
      const chosen = nextFolder;
      nextFolder = null;
      return chosen;
    },
    // As the system would: the test checks which exported file was opened or shown.
    openFile: async (file: string) => {
      systemRequests.push({ action: 'open', file });
      return '';
    },
    showInFolder: (file: string) => void systemRequests.push({ action: 'show', file }),
  };
  // No background PDF copies: LibreOffice would outlive the session's temp folder.
  const start = (databaseKey: Buffer) =>
    createBackend({
      dataDir,
      host,
      pdfCopies: false,
      databaseKey,
      ...(options.now ? { now: options.now } : {}),
      ...(options.automaticBackupTimer ? { automaticBackupTimer: options.automaticBackupTimer } : {}),
    });
  let backend: Backend | null = options.locked ? null : start(TEST_DATABASE_KEY);
  // Locked: the unlock screen's registry answers until a backend has started; from then on (and after a restart) the backend.
  const unlockable = options.locked
    ? createUnlockableRegistry({ dataDir, start: (key) => (backend = start(key)).registry, protectKey: () => undefined })
    : null;
  const registry = (): HandlerRegistry => backend?.registry ?? unlockable!;

  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  });
  const blockedRequests: string[] = [];
  const appUrl = await appFileServer();
  const appOrigin = new URL(appUrl).origin;
  // Anything but the app's own files is noted (and cannot reach its host: CHROMIUM_ARGS): the app makes no request of its
  // own. data: and blob: addresses are the page's own content, not requests that leave it.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === appOrigin) return;
    blockedRequests.push(url.origin);
  });
  const jsonReplies = options.jsonReplies ?? false;
  await context.exposeFunction('__medlegalInvoke', async (channel: string, payload: unknown) => {
    const reply = await registry().invoke(channel, payload);
    return jsonReplies ? JSON.stringify(reply) : reply;
  });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  await context.addInitScript(
    ({ channels, json }: { channels: readonly string[]; json: boolean }) => {
      const invoke = (window as unknown as { __medlegalInvoke: (c: string, p: unknown) => Promise<unknown> }).__medlegalInvoke;
      const call = json
        ? async (c: string, input: unknown) => JSON.parse((await invoke(c, input)) as string) as unknown
        : (c: string, input: unknown) => invoke(c, input);
      (window as unknown as { medlegal: unknown }).medlegal = Object.freeze(
        Object.fromEntries(channels.map((c) => [c, (input: unknown) => call(c, input)])),
      );
    },
    { channels: PRELOAD_CHANNELS, json: jsonReplies },
  );
  // The preload answers with webUtils.getPathForFile; here a file dropped by the test maps by name to the path it set
  // (setDropPaths), and any other file has no path on disk, as a file dragged from a web page would not. A string, so
  // tsx's name helpers (scripts/screenshots.ts) never end up in the page.
  await context.addInitScript({
    content: `window.__medlegalDropPaths = {};
      window.medlegalFiles = Object.freeze({ pathForFile: (file) => window.__medlegalDropPaths[file.name] ?? '' });`,
  });

  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(options.locked ? appUrl + UNLOCK_HASH : appUrl);

  return {
    page,
    dataDir,
    exportDir,
    blockedRequests,
    systemRequests,
    get nextOpenFile() {
      return nextOpenFile;
    },
    set nextOpenFile(file: string | null) {
      nextOpenFile = file;
    },
    get nextFolder() {
      return nextFolder;
    },
    set nextFolder(folder: string | null) {
      nextFolder = folder;
    },
    /** What the next multi-file picker (record PDFs) returns. */
    set nextOpenFiles(files: string[]) {
      nextOpenFiles = files;
    },
    get nextOpenFiles() {
      return nextOpenFiles;
    },
    /** Where the files the test drops on the page are on disk, by file name (the preload's getPathForFile). */
    async setDropPaths(paths: Record<string, string>) {
      await page.evaluate(
        (p) => Object.assign((window as unknown as { __medlegalDropPaths: Record<string, string> }).__medlegalDropPaths, p),
        paths,
      );
    },
    backend: () => {
      if (!backend) throw new Error('The app is still locked: no backend has started.');
      return backend;
    },
    async restart() {
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      await backend?.close();
      backend = start(TEST_DATABASE_KEY);
      await page.reload();
    },
    async close() {
      await context.close();
      await backend?.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`The page threw: ${pageErrors.join('; ')}`);
    },
  };
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
  await new Promise((resolve) => (fileServer ? fileServer.close(resolve) : resolve(undefined)));
  fileServer = null;
}

/** Files written to the export folder, newest last. */
export function exportedFiles(session: AppSession): string[] {
  return fs
    .readdirSync(session.exportDir)
    .filter((f) => f.endsWith('.docx'))
    .sort((a, b) => parseInt(a) - parseInt(b))
    .map((f) => path.join(session.exportDir, f));
}
