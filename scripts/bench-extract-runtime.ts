// Text extraction timed against pdftotext on the same files, inside whichever JavaScript runtime runs this file:
// bench-ingest calls it in its own Node and starts it under the app's Electron (or the Node whose V8 is nearest).
// Usage: <node|electron> --import tsx scripts/bench-extract-runtime.ts <scratch-dir> <cores> <file.pdf>...
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractPool } from '../electron/backend/records/extract-pool';
import { chunkRanges } from '../electron/backend/records/import-service';

// Five rounds, not three: on these shared machines one side's round can run 10-20 % slow, and three rounds let the
// verdict hang on whichever side had the luckier one.
export const EXTRACTION_ROUNDS = 5;
export const EXTRACTION_RESULT_PREFIX = 'EXTRACT-RUNTIME-RESULT ';

const GNU_TIME = '/usr/bin/time';
export const haveGnuTime = fs.existsSync(GNU_TIME);

/** CPU time (user + system) this process has used so far, in ms: all threads, so workers included. */
export const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface Timing {
  wallMs: number;
  cpuMs: number | null;
}

export interface ExtractionComparison {
  /** Runtime and V8 the PDFium workers ran in. */
  runtime: string;
  cores: number;
  ours: Timing;
  pdftotext: Timing;
  /** ours/pdftotext wall of each round (the two run back to back), sorted: a second view of the same comparison. */
  roundRatios: number[];
}

/**
 * Runs commands with at most `parallel` at a time. Resolves to the wall time and, when GNU time is installed,
 * the CPU time (user + system) the commands used: on a shared machine CPU time is the steadier yardstick.
 */
export async function runAll(
  commands: { cmd: string; args: string[]; env?: NodeJS.ProcessEnv }[],
  parallel: number,
  scratch: string,
): Promise<Timing> {
  const started = performance.now();
  const queue = commands.map((c, i) => ({ ...c, i }));
  let cpuMs = 0;
  const lane = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const { cmd, args, env, i } = c;
      const report = path.join(scratch, `time-${process.pid}-${parallel}-${i}.txt`);
      const [file, argv] = haveGnuTime ? [GNU_TIME, ['-f', '%U %S', '-o', report, cmd, ...args]] : [cmd, args];
      await new Promise<void>((resolve, reject) => {
        const child = spawn(file, argv, { stdio: 'ignore', env: { ...process.env, ...env } });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
      });
      if (haveGnuTime) {
        const [user, system] = fs.readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        cpuMs += (user! + system!) * 1000;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return { wallMs: performance.now() - started, cpuMs: haveGnuTime ? cpuMs : null };
}

/**
 * Resolves once this process has been idle for a moment (at most 5 s): after a first round V8 goes on compiling the
 * hot WebAssembly on background threads (0.65-0.75 s of CPU seen), which would otherwise run beside pdftotext's round.
 */
async function settled(): Promise<void> {
  const IDLE_CPU_MS = 10;
  for (let waited = 0; waited < 5000; waited += 200) {
    const before = cpuNow();
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (cpuNow() - before < IDLE_CPU_MS) return;
  }
}

/**
 * Our extraction (PDFium on `cores` workers, each file counted then read in chunks, `cores` + 1 files in hand, as the
 * import does) against pdftotext (`cores` files at a time) on the same files, for each core count. Each round runs the
 * two back to back, which goes first alternating between rounds; the best round of each side is kept.
 */
export async function compareExtraction(files: string[], coreCounts: number[], work: string): Promise<ExtractionComparison[]> {
  const runtime = `${process.versions.electron ? `Electron ${process.versions.electron}` : `Node ${process.version}`}, V8 ${process.versions.v8.split('.').slice(0, 2).join('.')}`;
  const pools = coreCounts.map((size) => new ExtractPool({ size }));
  for (const pool of pools) await Promise.all(files.map((f) => pool.countPages(f))); // start the workers
  const best: ExtractionComparison[] = coreCounts.map((cores) => ({
    runtime,
    cores,
    ours: { wallMs: Infinity, cpuMs: Infinity },
    pdftotext: { wallMs: Infinity, cpuMs: null },
    roundRatios: [],
  }));
  const keepBest = (into: Timing, got: Timing) => {
    into.wallMs = Math.min(into.wallMs, got.wallMs);
    if (got.cpuMs !== null) into.cpuMs = Math.min(into.cpuMs ?? Infinity, got.cpuMs);
  };
  const ours = async (pool: ExtractPool): Promise<Timing> => {
    const cpu = cpuNow();
    const t = performance.now();
    // As the import: one file more than there are workers in hand at a time, each counted, read in chunks, released.
    const queue = [...files];
    const lane = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const n = await pool.countPages(file, { keepOpen: true });
        await Promise.all(chunkRanges(n, pool.size).map(([from, to]) => pool.extractPages(file, from, to)));
        await pool.release(file);
      }
    };
    await Promise.all(Array.from({ length: pool.size + 1 }, lane));
    const timing = { wallMs: performance.now() - t, cpuMs: cpuNow() - cpu };
    await settled();
    return timing;
  };
  const theirs = (pool: ExtractPool) =>
    runAll(
      files.map((f) => ({ cmd: 'pdftotext', args: [f, path.join(work, `${path.basename(f)}.txt`)] })),
      pool.size,
      work,
    );
  for (let round = 0; round < EXTRACTION_ROUNDS; round++) {
    for (const [k, pool] of pools.entries()) {
      const oursFirst = round % 2 === 0;
      const first = oursFirst ? await ours(pool) : await theirs(pool);
      const second = oursFirst ? await theirs(pool) : await ours(pool);
      const [o, p] = oursFirst ? [first, second] : [second, first];
      keepBest(best[k]!.ours, o);
      keepBest(best[k]!.pdftotext, p);
      best[k]!.roundRatios.push(o.wallMs / p.wallMs);
    }
  }
  for (const b of best) b.roundRatios.sort((x, y) => x - y);
  await Promise.all(pools.map((p) => p.close()));
  return best;
}

async function main(): Promise<void> {
  const [work, cores, ...files] = process.argv.slice(2);
  if (!work || !Number(cores) || files.length === 0)
    throw new Error('usage: bench-extract-runtime.ts <scratch-dir> <cores> <file.pdf>...');
  const result = await compareExtraction(files, [Number(cores)], work);
  console.log(`${EXTRACTION_RESULT_PREFIX}${JSON.stringify(result)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
