// The one temporary backend of the integration tests: a fresh temp folder, the real backend over it with a test host
// (dialogs answer "cancelled" unless the test says otherwise), a typed invoke bound to it, and cleanup.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackendOptions } from '../../electron/backend/backend-options';
import { createBackend, type Backend } from '../../electron/backend/create-backend';
import type { ChannelName, InputOf, OutputOf } from '../../electron/common/ipc/contract';
import type { Result } from '../../electron/common/ipc/result';
import { invoke, invokeRaw } from './invoke';
import { LOCK_FILE_NAME } from '../../electron/backend/persistence/data-folder-lock';

/** The id of a process that has run and exited: what a crashed app leaves in its lock file. */
function exitedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (!child.pid) throw new Error('could not start a process to take its id');
  return child.pid;
}

/** The tests' fictional database key (Electron main keeps a random one with the OS); child processes use it too. */
export const TEST_DATABASE_KEY = Buffer.from('medlegal-writer-fictional-test-k', 'utf8');

/** A host whose save dialog is always cancelled and that has no file pickers. */
const CANCELLING_HOST: BackendOptions['host'] = { chooseSavePath: async () => null };

/** Noon local time on an ISO date: a "today" that no time zone moves to another day. */
export function noonOn(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** A clock stopped at noon on the given ISO date, for BackendOptions.now. */
export const fixedClock = (isoDate: string) => (): Date => noonOn(isoDate);

export interface TempBackendOptions extends Partial<Omit<BackendOptions, 'dataDir'>> {
  /** Start of the temp folder's name, so a folder left behind names its test (default "medlegal-test-"). */
  prefix?: string;
  /** Put the data folder in this subfolder, leaving the temp folder's top level for files the test writes. */
  dataSubdir?: string;
}

export interface TempBackend {
  /** The open backend; reopen() replaces it. */
  readonly backend: Backend;
  /** The temp folder cleanup() removes. */
  readonly dir: string;
  /** The backend's data folder: dir itself, or dir/dataSubdir. */
  readonly dataDir: string;
  /** What createBackend was given. */
  readonly options: BackendOptions;
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** The untyped escape for bad-input tests; answers with the Result. */
  invokeRaw(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Closes the backend and opens a new one over the same data folder, as a restart of the app does. */
  reopen(): Promise<Backend>;
  /**
   * A second backend over the same data folder while the first stays open, as a start after a crash finds it (the
   * first's lock is made to name a process that has exited); the caller closes it.
   */
  openAfterCrash(): Backend;
  /** Closes the backend and removes the temp folder. */
  cleanup(): Promise<void>;
}

export function createTempBackend(options: TempBackendOptions = {}): TempBackend {
  const { prefix = 'medlegal-test-', dataSubdir, ...overrides } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dataDir = dataSubdir ? path.join(dir, dataSubdir) : dir;
  fs.mkdirSync(dataDir, { recursive: true });
  const backendOptions: BackendOptions = {
    host: CANCELLING_HOST,
    pdfCopies: false,
    databaseKey: TEST_DATABASE_KEY,
    ...overrides,
    dataDir,
  };
  let backend: Backend;
  try {
    backend = createBackend(backendOptions);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    get backend() {
      return backend;
    },
    dir,
    dataDir,
    options: backendOptions,
    invoke: (channel, input) => invoke(backend.registry, channel, input),
    invokeRaw: (channel, payload) => invokeRaw(backend.registry, channel, payload),
    async reopen() {
      await backend.close();
      backend = createBackend(backendOptions);
      return backend;
    },
    openAfterCrash() {
      const lockFile = path.join(dataDir, LOCK_FILE_NAME);
      const owner = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { pid: number };
      fs.writeFileSync(lockFile, JSON.stringify({ ...owner, pid: exitedPid() }));
      return createBackend(backendOptions);
    },
    async cleanup() {
      try {
        await backend.close();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
