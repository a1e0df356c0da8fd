// The compliance check before signing: every check that applies to the case's template, pass / warning / missing.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import type { ComplianceItem } from '../compliance/run-compliance-check';
import { channel } from './channel';

export const complianceContract = {
  'compliance:check': channel(z.object({ caseId: CaseIdSchema })).returns<ComplianceItem[]>(),
};
