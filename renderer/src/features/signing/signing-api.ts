// The backend calls for signing: the check of the report as it will be signed, sign and export, and the export history.
import type { InputOf } from '../../../../electron/common/ipc/contract';
import { call } from '../../api/client';

export const signingApi = {
  check: (caseId: string, signingDate?: string) => call('export:signCheck', signingDate ? { caseId, signingDate } : { caseId }),
  sign: (input: InputOf<'export:sign'>) => call('export:sign', input),
  history: (caseId: string) => call('export:history', { caseId }),
};
