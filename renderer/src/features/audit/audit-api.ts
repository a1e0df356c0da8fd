// The backend calls of the audit trail: its retention period, the check of every chain, and one case's trail as CSV.
import { call } from '../../api/client';

export const auditApi = {
  retention: () => call('audit:getRetention', {}),
  saveRetention: (years: number) => call('audit:saveRetention', { years }),
  verify: () => call('audit:verify', {}),
  /** filePath null when the physician closed the save dialog. */
  exportCase: (caseId: string) => call('audit:exportCase', { caseId }),
};
