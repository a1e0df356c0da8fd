// The backend calls for Settings → Security and the unlock screen.
import { call } from '../../api/client';

export const securityApi = {
  status: () => call('security:status', {}),
  /** A new recovery key, returned once: the old one stops working. */
  createRecoveryKey: () => call('security:createRecoveryKey', {}),
  /** filePath null when the physician closed the save dialog. */
  saveRecoveryKey: (recoveryKey: string) => call('security:saveRecoveryKey', { recoveryKey }),
  setPassphrase: (passphrase: string) => call('security:setPassphrase', { passphrase }),
  removePassphrase: () => call('security:removePassphrase', {}),
  unlock: (secret: string) => call('security:unlock', { secret }),
};
