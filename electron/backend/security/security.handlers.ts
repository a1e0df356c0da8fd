// The security:* channels of an open data folder. While the folder is locked, locked-registry.ts answers instead.
import type { HandlersOf } from '../ipc/handler-registry';
import type { SecurityService } from './security-service';

export const securityHandlers = (security: SecurityService): HandlersOf<'security'> => ({
  'security:status': () => security.status(),
  'security:createRecoveryKey': () => security.createRecoveryKey(),
  'security:saveRecoveryKey': ({ recoveryKey }) => security.saveRecoveryKey(recoveryKey),
  'security:setPassphrase': ({ passphrase }) => security.setPassphrase(passphrase),
  'security:removePassphrase': () => security.removePassphrase(),
  'security:unlock': () => security.unlock(),
});
