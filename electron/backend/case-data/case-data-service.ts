// Structured case data: checks the case exists, then saves one list in one transaction.
import type {
  CaseData,
  Diagnosis,
  FieldValues,
  Injury,
  Measurement,
  Party,
  PartyQuestion,
} from '../../common/case/structure-model';
import { splitPsFields } from '../../common/case/ps-status-fields';
import type { CaseDataRepository } from './case-data-repository';
import type { CaseService } from '../cases/case-service';

export function createCaseDataService(cases: CaseService, repo: CaseDataRepository) {
  const save = <T>(caseId: string, items: T, write: (caseId: string, items: T) => void) =>
    cases.saveTo(caseId, () => write(caseId, items));
  return {
    get(caseId: string): CaseData {
      cases.get(caseId);
      return repo.get(caseId);
    },
    saveInjuries: (caseId: string, items: Injury[]) => save(caseId, items, repo.saveInjuries),
    saveParties: (caseId: string, items: Party[]) => save(caseId, items, repo.saveParties),
    saveDiagnoses: (caseId: string, items: Diagnosis[]) => save(caseId, items, repo.saveDiagnoses),
    saveMeasurements: (caseId: string, items: Measurement[]) => save(caseId, items, repo.saveMeasurements),
    saveQuestions: (caseId: string, items: PartyQuestion[]) => save(caseId, items, repo.saveQuestions),
    /** The template's P&S fields are the discussion's P&S status, derived when the report is assembled: never saved. */
    saveValues: (caseId: string, values: FieldValues) => save(caseId, splitPsFields(values).rest, repo.saveValues),
  };
}
export type CaseDataService = ReturnType<typeof createCaseDataService>;
