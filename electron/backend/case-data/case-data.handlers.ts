// The caseData:* channels: a case's structured lists (injuries, parties, diagnoses, measurements, questions) and values.
import type { HandlersOf } from '../ipc/handler-registry';
import type { CaseDataService } from './case-data-service';

export const caseDataHandlers = (caseData: CaseDataService): HandlersOf<'caseData'> => ({
  'caseData:get': ({ caseId }) => caseData.get(caseId),
  'caseData:saveInjuries': ({ caseId, items }) => caseData.saveInjuries(caseId, items),
  'caseData:saveParties': ({ caseId, items }) => caseData.saveParties(caseId, items),
  'caseData:saveDiagnoses': ({ caseId, items }) => caseData.saveDiagnoses(caseId, items),
  'caseData:saveMeasurements': ({ caseId, items }) => caseData.saveMeasurements(caseId, items),
  'caseData:saveQuestions': ({ caseId, items }) => caseData.saveQuestions(caseId, items),
  'caseData:saveValues': ({ caseId, values }) => caseData.saveValues(caseId, values),
});
