// Kills the backend with SIGKILL mid-work, again and again, over one data folder, and checks after each kill what a
// physician relies on: the next start opens the folder (the crashed writer's lock taken over), every acknowledged save is
// there (each section at least as new as its last acknowledged save), and no hidden export copy is left beside the report.
// Used by the short test in npm test and by `npm run check:crash`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/create-backend';
import { documentPlainText } from '../../electron/common/document/doc-model';
import { CRASH_SECTIONS } from './crash-child';
import { invoke } from './invoke';
import { TEST_DATABASE_KEY } from './temp-backend';

export interface CrashFindings {
  kills: number;
  acknowledged: number;
  lost: number;
  /** Kills that landed while a report was being written. */
  duringExport: number;
  problems: string[];
}

const CHILD = path.join(import.meta.dirname, 'crash-child.ts');

interface Acks {
  /** The last acknowledged save of each section. */
  newest: Map<string, number>;
  count: number;
  /** Killed between "export" and "exported". */
  duringExport: boolean;
}

/** Runs the child, kills it a given time after it is ready, and resolves with what it acknowledged before dying. */
function runAndKill(dataDir: string, caseId: string, exportDir: string, first: number, killAfterMs: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, caseId, exportDir, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Acks = { newest: new Map(), count: 0, duringExport: false };
    let buffered = '';
    let timer: NodeJS.Timeout | undefined;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, section, n] = line.split(' ');
        if (word === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        if (word === 'export' || word === 'exported') acks.duringExport = word === 'export';
        if (word === 'ack') {
          acks.newest.set(section!, Number(n));
          acks.count++;
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`the crash child ended by itself (code ${code}): ${stderr.slice(0, 500)}`));
    });
  });
}

export async function crashCheck(kills: number, seed = 1): Promise<CrashFindings> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-crash-'));
  const dataDir = path.join(root, 'data');
  const exportDir = path.join(root, 'exports');
  fs.mkdirSync(dataDir);
  fs.mkdirSync(exportDir);
  const open = () =>
    createBackend({ dataDir, pdfCopies: false, databaseKey: TEST_DATABASE_KEY, host: { chooseSavePath: async () => null } });
  const findings: CrashFindings = { kills: 0, acknowledged: 0, lost: 0, duringExport: 0, problems: [] };
  let random = seed;
  const nextDelay = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return 150 + (random % 900);
  };
  try {
    let backend = open();
    const created = await invoke(backend.registry, 'cases:create', {
      fields: {
        examineeName: 'Crash T. Example',
        dateOfBirth: '1970-01-01',
        claimNumber: 'CRASH-1',
        employer: 'Fictional Employer',
        claimsAdministrator: 'Fictional Claims',
        reportKind: 'QME',
        examDate: null,
      },
    });
    await backend.close();
    const newest = new Map<string, number>();
    for (let k = 0; k < kills; k++) {
      const acks = await runAndKill(dataDir, created.id, exportDir, (k + 1) * 1_000_000, nextDelay());
      findings.kills++;
      findings.acknowledged += acks.count;
      if (acks.duringExport) findings.duringExport++;
      for (const [section, n] of acks.newest) newest.set(section, Math.max(newest.get(section) ?? 0, n));
      // The next start: it must open (a crashed writer's lock taken over), keep every acknowledged save, sweep leftovers.
      backend = open();
      try {
        for (const section of CRASH_SECTIONS) {
          const doc = await invoke(backend.registry, 'documents:get', { caseId: created.id, sectionId: section });
          const stored = Number(/number (\d+)\./.exec(documentPlainText(doc.content))?.[1] ?? 0);
          const expected = newest.get(section) ?? 0;
          if (stored < expected) {
            findings.lost++;
            findings.problems.push(`kill ${k + 1}: ${section} holds save ${stored}, but save ${expected} was acknowledged`);
          }
          newest.set(section, Math.max(expected, stored));
        }
        const hidden = fs.readdirSync(exportDir).filter((f) => f.startsWith('.'));
        if (hidden.length) findings.problems.push(`kill ${k + 1}: hidden copies left beside the report: ${hidden.join(', ')}`);
      } finally {
        await backend.close();
      }
    }
    return findings;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
