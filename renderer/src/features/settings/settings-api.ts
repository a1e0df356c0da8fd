// The backend calls for the physician's settings (profile, signature image, letterhead), backups, and the report templates
// Settings manages; a new case and the workspace read the templates from here too.
import type { TemplateRef } from '../../../../electron/common/case/case-model';
import type { BackupFrequency } from '../../../../electron/common/ipc/backup.contract';
import type { PhysicianProfileInput } from '../../../../electron/common/settings/settings-model';
import { call } from '../../api/client';

export const settingsApi = {
  get: () => call('settings:getProfile', {}),
  saveProfile: (profile: PhysicianProfileInput) => call('settings:saveProfile', profile),
  /** Null when the physician closed the file picker without choosing. */
  chooseSignatureImage: () => call('settings:chooseSignatureImage', {}),
  clearSignatureImage: () => call('settings:clearSignatureImage', {}),
  /** Null when the physician closed the file picker without choosing. */
  chooseLetterhead: () => call('settings:chooseLetterhead', {}),
  clearLetterhead: () => call('settings:clearLetterhead', {}),

  backupStatus: () => call('backup:status', {}),
  /** filePath null when the physician closed the save dialog. */
  backUpNow: () => call('backup:create', {}),
  /** Null when the physician closed the file picker; otherwise the checked backup and what restoring it brings back. */
  inspectBackup: () => call('backup:inspect', {}),
  restoreBackup: (stagedId: string) => call('backup:restore', { stagedId }),
  /** 'checked': the backup shown for confirmation; 'pending': the restore waiting for the next start. */
  cancelRestore: (what: 'checked' | 'pending') => call('backup:cancelRestore', { what }),
  /** Null when the physician closed the folder picker. */
  chooseAutomaticBackupFolder: () => call('backup:chooseAutomaticFolder', {}),
  saveBackupSchedule: (frequency: BackupFrequency, keep: number) => call('backup:saveSchedule', { frequency, keep }),

  listTemplates: () => call('templates:list', {}),
  getTemplate: (ref: TemplateRef) => call('templates:get', ref),
  copyTemplateToUserFolder: (ref: TemplateRef) => call('templates:copyToUserFolder', ref),
};
