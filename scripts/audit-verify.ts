// `npm run audit:verify -- <file.csv>`: checks an audit trail exported from the app (Export audit trail…) outside it, with
// the same hash the app uses. Prints ok with the number of events, or the first broken row; exits 1 when broken.
import fs from 'node:fs';
import { checkAuditCsv } from '../electron/backend/audit/audit-csv';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run audit:verify -- <audit trail.csv>');
  process.exit(2);
}
try {
  const result = checkAuditCsv(fs.readFileSync(file, 'utf8'));
  if (result.ok) {
    console.log(`ok: ${result.events} events, the chain is unbroken.`);
  } else {
    console.log(`BROKEN at line ${result.line} (event ${result.seq}, ${result.at}): ${result.reason}.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`${file} could not be checked: ${(error as Error).message}`);
  process.exitCode = 2;
}
