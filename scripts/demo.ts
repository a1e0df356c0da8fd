// `npm run demo -- --out FILE.docx`: exports the sample case through the real backend, without Electron,
// into a throw-away data folder, and prints where the report was written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend/create-backend';

function parseOut(argv: string[]): string {
  const i = argv.indexOf('--out');
  if (i >= 0) {
    const value = argv[i + 1];
    if (!value) throw new Error('--out needs a file name, e.g. npm run demo -- --out sample.docx');
    return path.resolve(value);
  }
  return path.resolve('out', 'sample-qme-report.docx');
}

async function main() {
  const out = parseOut(process.argv.slice(2));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-demo-'));
  const backend = createBackend({ dataDir, host: { chooseSavePath: async () => out } });
  try {
    const sample = backend.services.cases.openSample();
    const { warnings } = await backend.services.exports.exportTo(sample.id, out);
    for (const w of warnings) console.warn(`warning: ${w}`);
    console.log(`Wrote ${out}`);
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
