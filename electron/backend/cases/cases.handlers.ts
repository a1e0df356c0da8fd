// The cases:* channels: the case list, one case with its signed versions, create/update, delete and undo, samples, and
// the recorded service of a signed version.
import type { HandlersOf } from '../ipc/handler-registry';
import type { CaseService } from './case-service';

export const casesHandlers = (cases: CaseService): HandlersOf<'cases'> => ({
  'cases:list': ({ query, limit }) => {
    const found = cases.list(query);
    return limit === undefined ? found : found.slice(0, limit);
  },
  'cases:get': ({ id }) => cases.detail(id),
  'cases:reopenForEdit': ({ caseId }) => cases.reopenForEdit(caseId),
  'cases:create': ({ fields, template }) => cases.create(fields, template),
  'cases:copyForwardOptions': ({ fromCaseId }) => cases.copyForwardOptions(fromCaseId),
  'cases:createFrom': (request) => cases.createFrom(request),
  'cases:supplementalOptions': ({ fromCaseId }) => cases.supplementalOptions(fromCaseId),
  'cases:createSupplemental': (request) => cases.createSupplemental(request),
  'cases:priorReport': ({ caseId }) => cases.priorReport(caseId),
  'cases:update': ({ id, fields }) => cases.update(id, fields),
  'cases:delete': ({ id }) => cases.delete(id),
  'cases:restore': ({ id }) => cases.restore(id),
  'cases:openSample': ({ sample }) => cases.openSample(sample),
  'cases:getService': ({ caseId }) => cases.serviceView(caseId),
  'cases:recordService': (input) => cases.recordService(input),
  'cases:removeService': ({ caseId, version }) => cases.removeService(caseId, version),
});
