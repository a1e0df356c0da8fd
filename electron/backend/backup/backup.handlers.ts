// The backup:* channels: status and progress, "Back up now…", checking a backup to restore, staging it, cancelling, and
// the automatic backups' folder and schedule.
import type { HandlersOf } from '../ipc/handler-registry';
import type { BackupService } from './backup-service';

export const backupHandlers = (backup: BackupService): HandlersOf<'backup'> => ({
  'backup:status': () => backup.status(),
  'backup:create': () => backup.create(),
  'backup:inspect': () => backup.inspect(),
  'backup:restore': ({ stagedId }) => backup.restore(stagedId),
  'backup:cancelRestore': ({ what }) => backup.cancelRestore(what),
  'backup:chooseAutomaticFolder': () => backup.automatic.chooseFolder(),
  'backup:saveSchedule': ({ frequency, keep }) => backup.automatic.saveSchedule(frequency, keep),
});
