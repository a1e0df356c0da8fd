// A first start that is killed: opens (and so migrates) the database given, and kills itself with SIGKILL just before
// its k-th SQL statement, as a power cut or a force-quit would end it.
import Database from 'better-sqlite3-multiple-ciphers';
import { countStatements } from './statement-counter';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';

const [file, killAt] = [process.argv[2]!, Number(process.argv[3])];
countStatements(Database.prototype, (n) => {
  if (n === killAt) process.kill(process.pid, 'SIGKILL');
});
openDatabase(file, { databaseKey: TEST_DATABASE_KEY }).close();
process.stdout.write('finished without being killed\n');
