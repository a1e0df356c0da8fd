// An upgrade from a plain database that is killed: encrypts the plain file given with the tests' key, and kills itself
// with SIGKILL right after the named step, as a power cut or a force-quit would end it.
import { encryptPlainDatabase, type EncryptStep } from '../../../electron/backend/persistence/database-encryption';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';

const [file, killAfter] = [process.argv[2]!, process.argv[3] as EncryptStep];
encryptPlainDatabase(file, TEST_DATABASE_KEY, {}, (step) => {
  if (step === killAfter) process.kill(process.pid, 'SIGKILL');
});
process.stdout.write('finished without being killed\n');
