// The backend calls for signing: sign and export the report, and the case's export history.
import type { InputOf } from '../../../../electron/common/ipc/contract';
import { call } from '../../api/client';

export const signingApi = {
  sign: (input: InputOf<'export:sign'>) => call('export:sign', input),
  history: (caseId: string) => call('export:history', { caseId }),
};
