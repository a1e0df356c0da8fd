// The backend calls for a case's structured data: loading it, and saving each list whole (injuries, parties, diagnoses,
// measurements, questions) and the template field values.
import type { CaseData } from '../../../../electron/common/case/structure-model';
import { call } from '../../api/client';

export type CaseDataList = 'injuries' | 'parties' | 'diagnoses' | 'measurements' | 'questions';

export const caseDataApi = {
  get: (caseId: string) => call('caseData:get', { caseId }),
  saveInjuries: (caseId: string, items: CaseData['injuries']) => call('caseData:saveInjuries', { caseId, items }),
  saveParties: (caseId: string, items: CaseData['parties']) => call('caseData:saveParties', { caseId, items }),
  saveDiagnoses: (caseId: string, items: CaseData['diagnoses']) => call('caseData:saveDiagnoses', { caseId, items }),
  saveMeasurements: (caseId: string, items: CaseData['measurements']) => call('caseData:saveMeasurements', { caseId, items }),
  saveQuestions: (caseId: string, items: CaseData['questions']) => call('caseData:saveQuestions', { caseId, items }),
  saveValues: (caseId: string, values: CaseData['values']) => call('caseData:saveValues', { caseId, values }),
};
