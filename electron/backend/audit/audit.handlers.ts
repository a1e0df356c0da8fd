// The audit:* channels: the retention period, the check of every chain, and one case's trail as CSV.
import type { HandlersOf } from '../ipc/handler-registry';
import type { AuditService } from './audit-service';

export const auditHandlers = (audit: AuditService): HandlersOf<'audit'> => ({
  'audit:getRetention': () => audit.retention(),
  'audit:saveRetention': ({ years }) => audit.saveRetention(years),
  'audit:verify': () => audit.verify(),
  'audit:exportCase': ({ caseId }) => audit.exportCase(caseId),
});
