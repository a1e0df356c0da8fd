// `npm run check:fuzz -- [--payloads N] [--seed S]`: fuzzes every IPC channel through the real registry over a temporary
// data folder holding patient data (payloads shaped by each channel's schema, mostly near-valid), and checks each reply:
// a Result with a known code, no internal failure, no stack trace, no data-folder path, no patient data it was not given,
// and no patient data in the log. Prints the figures; exits 1 on any finding, naming the seed to replay it.
import { fuzzTempBackend } from '../test/helpers/ipc-fuzz';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number, e.g. ${name} 20000`);
  return value;
}

async function main() {
  const payloads = option('--payloads', 20_000);
  const seed = option('--seed', Date.now() % 2 ** 31);
  console.log(`check:fuzz: ${payloads.toLocaleString('en-US')} payloads, seed ${seed}`);
  const findings = await fuzzTempBackend(payloads, seed);
  const seconds = findings.milliseconds / 1000;
  console.log(
    `  ${findings.payloads.toLocaleString('en-US')} replies in ${seconds.toFixed(1)} s ` +
      `(${Math.round(findings.payloads / seconds).toLocaleString('en-US')} a second)`,
  );
  for (const [code, count] of Object.entries(findings.byCode).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${code.padEnd(16)} ${count.toLocaleString('en-US')}`);
  }
  if (findings.problems.length === 0) {
    console.log('  findings: none (no internal failure, stack trace, data-folder path or patient data in a reply or log)');
    return;
  }
  const distinct = [...new Set(findings.problems.map((p) => p.split('; payload')[0]))];
  console.log(`  findings: ${findings.problems.length} (${distinct.length} distinct); replay with --seed ${seed}`);
  for (const p of findings.problems.slice(0, 20)) console.log(`  - ${p}`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
