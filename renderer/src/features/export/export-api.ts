// The backend calls for the draft export (build the report and save it where the physician chooses) and for opening an
// exported file or its folder afterwards.
import { call } from '../../api/client';

export const exportApi = {
  docx: (caseId: string) => call('export:docx', { caseId }),
  /** Opens an exported file (named by its history row) in its program, or shows it in its folder. */
  openFile: (historyId: string, action: 'open' | 'show', kind: 'docx' | 'pdf' = 'docx') =>
    call('export:openFile', { historyId, action, kind }),
};
