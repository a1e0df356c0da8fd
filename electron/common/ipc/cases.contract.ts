// Channels for the case list and case details.
import { z } from 'zod';
import { CaseFieldsSchema, CaseIdSchema, TemplateRefSchema, type CaseRecord, type CaseSummary } from '../case/case-model';
import { channel } from './channel';

export const casesContract = {
  'cases:list': channel(z.object({ query: z.string().max(200).default('') })).returns<CaseSummary[]>(),
  'cases:get': channel(z.object({ id: CaseIdSchema })).returns<CaseRecord>(),
  'cases:create': channel(z.object({ fields: CaseFieldsSchema, template: TemplateRefSchema.optional() })).returns<CaseRecord>(),
  'cases:update': channel(z.object({ id: CaseIdSchema, fields: CaseFieldsSchema })).returns<CaseRecord>(),
  'cases:delete': channel(z.object({ id: CaseIdSchema })).returns<{ deleted: true }>(),
  'cases:openSample': channel(z.object({ sample: z.enum(['qme', 'ltd']).default('qme') })).returns<CaseRecord>(),
};
