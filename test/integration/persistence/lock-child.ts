// A second app process for the data-folder lock test: opens the backend on the folder it is given, says "ready", and
// waits to be killed (as a crash would end it) or closes on "close".
import { createBackend } from '../../../electron/backend/create-backend';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';

const backend = createBackend({
  dataDir: process.argv[2]!,
  host: { chooseSavePath: async () => null },
  pdfCopies: false,
  databaseKey: TEST_DATABASE_KEY,
});
process.stdout.write('ready\n');
process.stdin.on('data', (d) => {
  if (String(d).includes('close')) void backend.close().then(() => process.exit(0));
});
