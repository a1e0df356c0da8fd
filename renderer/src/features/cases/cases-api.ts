// The backend calls for cases themselves: the list, create, edit, delete and restore, the reopening of a signed case,
// the sample cases, and the service of a signed version. Components never call the backend directly; they go through a
// feature's *-api module.
import type { CaseFields, TemplateRef } from '../../../../electron/common/case/case-model';
import type { RecordServiceInput } from '../../../../electron/common/case/report-service';
import type { SupplementalRequest } from '../../../../electron/common/case/supplemental';
import { call } from '../../api/client';

export const casesApi = {
  /** The cases matching `query` by urgency; with `limit`, only the first ones. */
  list: (query: string, limit?: number) => call('cases:list', limit === undefined ? { query } : { query, limit }),
  get: (id: string) => call('cases:get', { id }),
  create: (fields: CaseFields, template: TemplateRef) => call('cases:create', { fields, template }),
  /** What an earlier case can bring to a new one, and the new case made with what was chosen. */
  copyForwardOptions: (fromCaseId: string) => call('cases:copyForwardOptions', { fromCaseId }),
  createFrom: (fromCaseId: string, fields: CaseFields, bring: { parties: boolean; sectionIds: string[] }) =>
    call('cases:createFrom', { fromCaseId, fields, bring }),
  /** What a supplemental from a signed case starts with, the supplemental made, and the report a case follows. */
  supplementalOptions: (fromCaseId: string) => call('cases:supplementalOptions', { fromCaseId }),
  createSupplemental: (request: SupplementalRequest) => call('cases:createSupplemental', request),
  priorReport: (caseId: string) => call('cases:priorReport', { caseId }),
  update: (id: string, fields: CaseFields) => call('cases:update', { id, fields }),
  remove: (id: string) => call('cases:delete', { id }),
  restore: (id: string) => call('cases:restore', { id }),
  /** A signed case becomes editable as a new version; the signed one stays in the export history. */
  reopenForEdit: (caseId: string) => call('cases:reopenForEdit', { caseId }),
  openSample: (sample: 'qme' | 'ltd') => call('cases:openSample', { sample }),
  /** Who the signed version can be served on, and what service is recorded. */
  getService: (caseId: string) => call('cases:getService', { caseId }),
  /** Records or corrects the service of the signed version; the case becomes served. */
  recordService: (input: RecordServiceInput) => call('cases:recordService', input),
  removeService: (caseId: string, version: number) => call('cases:removeService', { caseId, version }),
};
