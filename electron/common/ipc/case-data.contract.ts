// Channels for the structured parts of a case; each list is saved whole by the step that edits it.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import {
  DiagnosisSchema,
  FieldValuesSchema,
  InjurySchema,
  MeasurementSchema,
  PartySchema,
  QuestionSchema,
  type CaseData,
} from '../case/structure-model';
import { channel } from './channel';

const saved = <S extends z.ZodType>(item: S, max: number) => z.object({ caseId: CaseIdSchema, items: z.array(item).max(max) });
type Saved = { updatedAt: string };

export const caseDataContract = {
  'caseData:get': channel(z.object({ caseId: CaseIdSchema })).returns<CaseData>(),
  'caseData:saveInjuries': channel(saved(InjurySchema, 50)).returns<Saved>(),
  'caseData:saveParties': channel(saved(PartySchema, 100)).returns<Saved>(),
  'caseData:saveDiagnoses': channel(saved(DiagnosisSchema, 200)).returns<Saved>(),
  'caseData:saveMeasurements': channel(saved(MeasurementSchema, 1000)).returns<Saved>(),
  'caseData:saveQuestions': channel(saved(QuestionSchema, 500)).returns<Saved>(),
  'caseData:saveValues': channel(z.object({ caseId: CaseIdSchema, values: FieldValuesSchema })).returns<Saved>(),
};
