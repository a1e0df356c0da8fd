// A real backend over a temp data folder with the fictional QME case of the export tests, complete enough to sign (ratings,
// apportionment and the records totals of FIXTURE_RECORDS), a host whose save and open dialogs the test answers, a fixed
// clock, and a call() that goes through the IPC registry like the renderer does.
import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../../electron/backend/create-backend';
import type { ChannelName, InputOf, OutputOf } from '../../../electron/common/ipc/contract';
import type { AppError } from '../../../electron/common/errors';
import { createTempBackend } from '../../helpers/temp-backend';
import { putFixtureQmeCase } from '../export/seed-qme-case';
import { SAMPLE_PHYSICIAN } from '../../../scripts/make-sample-letterhead';

/** The fictional profile the signing tests save: the demo's, whose letterhead the tests use. */
export const TEST_PROFILE = SAMPLE_PHYSICIAN;

/** Records review's page totals for every case of a session: the fixture's, as if its records were imported. */
const FIXTURE_RECORDS = { totalPagesReceived: 60, totalPagesReviewed: 48 };

/** "Today" for every signing test: 11/25/2026 at noon, local time. */
const TODAY = new Date(2026, 10, 25, 12, 0, 0);

export interface SigningSession {
  /** The open backend; reopen() replaces it. */
  readonly backend: Backend;
  dir: string;
  caseId: string;
  /** Where the next save dialog answers (null = cancelled); by default a fresh file in dir/out. */
  nextSavePath: string | null | undefined;
  /** What the next open dialog answers (null = cancelled). */
  nextOpenFile: string | null;
  /** Suggested names the save dialog was asked with. */
  suggestedNames: string[];
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** The error Result of a call that must fail. */
  fail<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<AppError>;
  /** Closes the backend and opens a new one over the same data folder, as a restart of the app does. */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

export async function openSigningSession(
  options: { profile?: boolean; pdfCopies?: boolean; seed?: boolean } = {},
): Promise<SigningSession> {
  let saved = 0;
  const dialogs = { nextSavePath: undefined as string | null | undefined, nextOpenFile: null as string | null };
  const suggestedNames: string[] = [];
  const temp = createTempBackend({
    prefix: 'medlegal-signing-',
    dataSubdir: 'data',
    now: () => TODAY,
    recordsTotals: () => FIXTURE_RECORDS,
    pdfCopies: options.pdfCopies ?? false,
    host: {
      chooseSavePath: async (name) => {
        suggestedNames.push(name);
        const answer = dialogs.nextSavePath;
        dialogs.nextSavePath = undefined;
        return answer === undefined ? path.join(outDir, `${++saved}-${name}`) : answer;
      },
      chooseOpenFile: async () => {
        const answer = dialogs.nextOpenFile;
        dialogs.nextOpenFile = null;
        return answer;
      },
    },
  });
  const outDir = path.join(temp.dir, 'out');
  fs.mkdirSync(outDir, { recursive: true });

  let caseId = '';
  try {
    if (options.seed !== false) caseId = await putFixtureQmeCase(temp.backend, { withoutSigningDate: true, ratings: true });
    if (options.profile !== false) temp.backend.services.settings.saveProfile(TEST_PROFILE);
  } catch (error) {
    await temp.cleanup();
    throw error;
  }

  return {
    get backend() {
      return temp.backend;
    },
    dir: temp.dir,
    caseId,
    get nextSavePath() {
      return dialogs.nextSavePath;
    },
    set nextSavePath(answer) {
      dialogs.nextSavePath = answer;
    },
    get nextOpenFile() {
      return dialogs.nextOpenFile;
    },
    set nextOpenFile(answer) {
      dialogs.nextOpenFile = answer;
    },
    suggestedNames,
    call: temp.invoke,
    async fail(channel, input) {
      const result = await temp.invokeRaw(channel, input);
      if (result.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return result.error;
    },
    async reopen() {
      await temp.reopen();
    },
    close: temp.cleanup,
  };
}
