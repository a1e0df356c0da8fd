// The backend call for the draft export: build the report and save it where the physician chooses.
import { call } from '../../api/client';

export const exportApi = {
  docx: (caseId: string) => call('export:docx', { caseId }),
};
