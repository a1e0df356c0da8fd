// Preloaded with `node --require` into the packaged main.cjs run (and, through execArgv, into its worker threads): a minimal
// `electron` that records windows, menus and IPC handlers, plus guards that make Node refuse what Electron would refuse:
// native code or a worker thread's files read from inside app.asar instead of app.asar.unpacked.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { EventEmitter } = require('node:events');
const workerThreads = require('node:worker_threads');

const INSIDE_ASAR = /[\\/]app\.asar[\\/]/;
const refuse = (what, file) => {
  throw new Error(`packaged-layout guard: ${what} inside app.asar, which needs a real file: ${file}`);
};

if (!workerThreads.isMainThread) {
  // A worker thread gets no asar reader here: everything it loads or reads must be in app.asar.unpacked.
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const file = resolve.call(this, request, ...rest);
    if (INSIDE_ASAR.test(file)) refuse(`a worker thread loaded ${request}`, file);
    return file;
  };
  for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream']) {
    const original = fs[name];
    fs[name] = function (file, ...rest) {
      if (typeof file === 'string' && INSIDE_ASAR.test(file)) refuse(`a worker thread read a file (fs.${name})`, file);
      return original.call(this, file, ...rest);
    };
  }
  const readPromise = fs.promises.readFile;
  fs.promises.readFile = function (file, ...rest) {
    if (typeof file === 'string' && INSIDE_ASAR.test(file)) refuse('a worker thread read a file (fs.promises.readFile)', file);
    return readPromise.call(this, file, ...rest);
  };
  return;
}

// Main thread: native code and worker scripts must come from app.asar.unpacked.
const dlopen = process.dlopen;
process.dlopen = function (module, file, ...rest) {
  if (INSIDE_ASAR.test(file)) refuse('native code was loaded', file);
  return dlopen.call(this, module, file, ...rest);
};
const RealWorker = workerThreads.Worker;
workerThreads.Worker = class extends RealWorker {
  constructor(file, options) {
    const name = file instanceof URL ? file.pathname : String(file);
    if (!options?.eval && INSIDE_ASAR.test(name)) refuse('a worker thread was started', name);
    if (!options?.eval && !fs.existsSync(name)) refuse('a worker thread script is missing', name);
    super(file, options);
  }
};

const { STAND_IN_APP_PATH, STAND_IN_HOME, STAND_IN_SAVE_DIR } = process.env;
if (!STAND_IN_APP_PATH || !STAND_IN_HOME || !STAND_IN_SAVE_DIR) throw new Error('electron-stand-in: set STAND_IN_* first');

/** Every call the app made into the stand-in, in order: [what, ...arguments]. */
const calls = [];
const record = (what, ...args) => calls.push([what, ...args]);

/** An object whose every property is another recorder and every call is recorded; fixed answers where the app reads one. */
function recorder(name, answers = {}) {
  return new Proxy(function () {}, {
    get(_target, prop) {
      if (prop in answers) return answers[prop];
      if (typeof prop !== 'string' || prop === 'then') return undefined;
      return recorder(`${name}.${prop}`);
    },
    apply(_target, _this, args) {
      record(name, ...args);
      return recorder(`${name}()`);
    },
  });
}

const app = new EventEmitter();
Object.assign(app, {
  isPackaged: true,
  name: 'MedLegal Writer',
  getVersion: () => JSON.parse(fs.readFileSync(path.join(STAND_IN_APP_PATH, 'package.json'), 'utf8')).version,
  getName: () => 'MedLegal Writer',
  getAppPath: () => STAND_IN_APP_PATH,
  getPath: (name) => {
    const dir = path.join(STAND_IN_HOME, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  },
  setAppLogsPath: (dir) => record('app.setAppLogsPath', dir),
  enableSandbox: () => record('app.enableSandbox'),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  isReady: () => true,
  quit: () => record('app.quit'),
  exit: (code) => record('app.exit', code),
  focus: () => record('app.focus'),
  setAboutPanelOptions: (options) => record('app.setAboutPanelOptions', options),
});

const handlers = new Map();
const ipcMain = {
  handle: (channel, handler) => handlers.set(channel, handler),
  removeHandler: (channel) => handlers.delete(channel),
  on: (channel) => record('ipcMain.on', channel),
};

const windows = [];
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
    this.webContents = Object.assign(new EventEmitter(), {
      sent: [],
      send: (channel, ...args) => this.webContents.sent.push([channel, ...args]),
      setWindowOpenHandler: () => undefined,
      session: recorder('webContents.session'),
      isDestroyed: () => false,
    });
    windows.push(this);
    record('new BrowserWindow', options);
  }
  loadURL(url) {
    record('BrowserWindow.loadURL', url);
    return Promise.resolve();
  }
  getBounds() {
    return this.bounds;
  }
  getNormalBounds() {
    return this.bounds;
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return true;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  show() {}
  focus() {
    record('BrowserWindow.focus');
  }
  restore() {}
  maximize() {}
  static getAllWindows() {
    return windows;
  }
  static getFocusedWindow() {
    return windows[0] ?? null;
  }
}

let saveCount = 0;
const dialog = {
  showErrorBox: (title, message) => record('dialog.showErrorBox', title, message),
  // The second button: the About box's "Third-Party Notices".
  showMessageBox: async (...args) => {
    record('dialog.showMessageBox', args.at(-1));
    return { response: 1 };
  },
  showSaveDialog: async (...args) => {
    const options = args.at(-1);
    const filePath = path.join(STAND_IN_SAVE_DIR, `${++saveCount}-${path.basename(options.defaultPath ?? 'report.docx')}`);
    record('dialog.showSaveDialog', filePath);
    return { canceled: false, filePath };
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};

// As on a system with a keyring: only it can decrypt what it encrypted (main keeps the database key with it).
const STAND_IN_SEALED = 'stand-in-sealed:';
const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from(STAND_IN_SEALED + Buffer.from(text, 'utf8').toString('base64')),
  decryptString: (sealed) => {
    const text = sealed.toString('utf8');
    if (!text.startsWith(STAND_IN_SEALED)) throw new Error('stand-in safeStorage: not sealed here');
    return Buffer.from(text.slice(STAND_IN_SEALED.length), 'base64').toString('utf8');
  },
};

const Menu = {
  buildFromTemplate: (template) => ({ template, popup: () => undefined }),
  setApplicationMenu: (menu) => record('Menu.setApplicationMenu', menu),
};

const electron = {
  app,
  ipcMain,
  BrowserWindow,
  dialog,
  Menu,
  safeStorage,
  shell: {
    openPath: async (file) => {
      record('shell.openPath', file);
      return fs.existsSync(file) ? '' : 'not found';
    },
    openExternal: async (url) => record('shell.openExternal', url),
    showItemInFolder: (file) => record('shell.showItemInFolder', file),
  },
  protocol: recorder('protocol'),
  session: { defaultSession: recorder('session', { protocol: recorder('session.protocol') }) },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
  },
  nativeTheme: recorder('nativeTheme'),
};

const STAND_IN_ID = path.join(__dirname, 'electron.stand-in');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? STAND_IN_ID : resolve.call(this, request, ...rest);
};
const standIn = new Module(STAND_IN_ID);
standIn.filename = STAND_IN_ID;
standIn.loaded = true;
standIn.exports = electron;
require.cache[STAND_IN_ID] = standIn;

globalThis.__electronStandIn = { calls, handlers, windows, app };
