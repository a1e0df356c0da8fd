// The app's backend under a power cut: opens the data folder given, then saves sections (three in turn, each save's text
// naming its number, counted from the first number given) and now and then exports a draft, printing "ack <section> <n>"
// once each save is acknowledged (and "export" / "exported" around each export), until the parent kills it with SIGKILL.
// Run by crash-check.ts.
import path from 'node:path';
import { createBackend } from '../../electron/backend/create-backend';
import { paragraphsToDocument } from '../../electron/common/document/doc-model';
import { invoke } from './invoke';
import { TEST_DATABASE_KEY } from './temp-backend';

export const CRASH_SECTIONS = ['history-of-injury', 'current-complaints', 'physical-examination'] as const;
const savedText = (n: number) => `Acknowledged save number ${n}.`;

async function main() {
  const [dataDir, caseId, exportDir, first] = process.argv.slice(2) as [string, string, string, string];
  const backend = createBackend({
    dataDir,
    pdfCopies: false,
    databaseKey: TEST_DATABASE_KEY,
    host: { chooseSavePath: async () => path.join(exportDir, 'Report.docx') },
  });
  process.stdout.write('ready\n');
  // Numbers go on from the previous run's, so a newer save always has a higher number.
  const start = Number(first);
  for (let n = start; ; n++) {
    const sectionId = CRASH_SECTIONS[n % CRASH_SECTIONS.length]!;
    await invoke(backend.registry, 'documents:save', {
      caseId,
      sectionId,
      content: paragraphsToDocument([savedText(n)]),
    });
    process.stdout.write(`ack ${sectionId} ${n}\n`);
    // One export per 40 saves: an export takes as long as hundreds of saves, so kills land in both.
    if ((n - start) % 40 === 39) {
      process.stdout.write('export\n');
      await invoke(backend.registry, 'export:docx', { caseId, proofOfService: false });
      process.stdout.write('exported\n');
    }
  }
}

// Only when run as the child: crash-check.ts imports the names above.
if (process.argv[1]?.endsWith('crash-child.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`crash child failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
