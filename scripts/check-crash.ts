// `npm run check:crash -- [--kills N] [--seed S]`: kills the backend with SIGKILL N times while it saves sections and exports
// drafts over one data folder, and after each kill starts it again and checks that every acknowledged save is there and no
// hidden copy of a report is left. Prints the figures; exits 1 on any finding.
import { crashCheck } from '../test/helpers/crash-check';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number, e.g. ${name} 100`);
  return value;
}

async function main() {
  const kills = option('--kills', 100);
  const seed = option('--seed', 1 + (Date.now() % 2 ** 30));
  console.log(`check:crash: ${kills} SIGKILLs, seed ${seed}`);
  const started = performance.now();
  const f = await crashCheck(kills, seed);
  console.log(
    `  ${f.kills} kills in ${((performance.now() - started) / 1000).toFixed(0)} s, ${f.duringExport} of them during an export`,
  );
  console.log(`  ${f.acknowledged.toLocaleString('en-US')} acknowledged saves, ${f.lost} lost`);
  if (f.problems.length === 0) {
    console.log('  findings: none (every acknowledged save kept, every restart opened, no hidden report copy left)');
    return;
  }
  console.log(`  findings: ${f.problems.length}; replay with --seed ${seed}`);
  for (const p of f.problems.slice(0, 20)) console.log(`  - ${p}`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
