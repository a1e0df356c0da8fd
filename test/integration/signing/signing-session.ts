// A real backend over a temp data folder with the fictional QME case of the export tests, a host whose save and open
// dialogs the test answers, a fixed clock, and a call() that goes through the IPC registry like the renderer does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import type { ChannelName, InputOf, OutputOf } from '../../../electron/common/ipc/contract';
import type { AppError } from '../../../electron/common/ipc/result';
import { putFixtureQmeCase } from '../export/seed-qme-case';

/** The fictional profile the signing tests save; "Avery J. Example, MD" as in the demo. */
export const TEST_PROFILE = {
  name: 'Avery J. Example, MD',
  credentials: 'MD, FAAOS',
  specialty: 'Orthopaedic Surgery',
  qmeNumber: 'QME-000000',
  licenseNumber: 'A 000000',
  practiceAddress: '2400 Example Medical Plaza, Suite 300\nTorrance, CA 90505',
  defaultCounty: 'Los Angeles',
};

/** "Today" for every signing test: 11/25/2026 at noon, local time. */
export const TODAY = new Date(2026, 10, 25, 12, 0, 0);

export interface SigningSession {
  backend: Backend;
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
  close(): void;
}

export async function openSigningSession(options: { profile?: boolean; pdfCopies?: boolean; seed?: boolean } = {}): Promise<SigningSession> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-signing-'));
  const dataDir = path.join(dir, 'data');
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  let saved = 0;
  const session = {
    nextSavePath: undefined,
    nextOpenFile: null,
    suggestedNames: [],
  } as unknown as SigningSession;
  const backend = createBackend({
    dataDir,
    now: () => TODAY,
    pdfCopies: options.pdfCopies ?? false,
    host: {
      chooseSavePath: async (name) => {
        session.suggestedNames.push(name);
        const answer = session.nextSavePath;
        session.nextSavePath = undefined;
        return answer === undefined ? path.join(outDir, `${++saved}-${name}`) : answer;
      },
      chooseOpenFile: async () => {
        const answer = session.nextOpenFile;
        session.nextOpenFile = null;
        return answer;
      },
    },
  });
  const call = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const result = await backend.registry.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
    return result.data as OutputOf<C>;
  };
  const fail = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<AppError> => {
    const result = await backend.registry.invoke(channel, input);
    if (result.ok) throw new Error(`${channel} was expected to fail but succeeded`);
    return result.error;
  };

  let caseId = '';
  if (options.seed !== false) caseId = await putFixtureQmeCase(backend, { withoutSigningDate: true });
  if (options.profile !== false) backend.services.settings.saveProfile(TEST_PROFILE);

  return Object.assign(session, {
    backend,
    dir,
    caseId,
    call,
    fail,
    async close() {
      await backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}
