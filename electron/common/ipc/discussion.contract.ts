// Channels for the discussion step: impairments (with the combining choices), apportionment, prior awards, disability,
// deadline and fee inputs, each saved whole, and the summary computed from them (combined WPI, apportionment checks,
// deadlines, fee).
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import {
  ApportionmentSchema,
  CombineAcrossSchema,
  CombineOptionSchema,
  FeeInputSchema,
  ImpairmentSchema,
  PriorAwardSchema,
  PsStatusSchema,
  ScheduleSchema,
  TdPeriodSchema,
  type DiscussionData,
} from '../case/discussion-model';
import type { DiscussionSummary } from '../case/discussion-summary';
import { channel } from './channel';

type Saved = { updatedAt: string };
const byCase = <S extends z.ZodRawShape>(shape: S) => z.object({ caseId: CaseIdSchema, ...shape });

export const discussionContract = {
  'discussion:get': channel(byCase({})).returns<DiscussionData>(),
  'discussion:saveImpairments': channel(
    byCase({
      items: z.array(ImpairmentSchema).max(500),
      /** Combine-or-add per injury, saved whole; omitted, the saved choices stay as they are. */
      combine: z.array(CombineOptionSchema).max(50).optional(),
      /** Combine across injuries (Benson exception) with its reason; omitted, the saved choice stays as it is. */
      combineAcross: CombineAcrossSchema.optional(),
    }),
  ).returns<Saved>(),
  'discussion:saveApportionment': channel(byCase({ items: z.array(ApportionmentSchema).max(500) })).returns<Saved>(),
  'discussion:savePriorAwards': channel(byCase({ items: z.array(PriorAwardSchema).max(100) })).returns<Saved>(),
  'discussion:saveDisability': channel(
    byCase({ tdPeriods: z.array(TdPeriodSchema).max(200), ps: PsStatusSchema.nullable() }),
  ).returns<Saved>(),
  'discussion:saveSchedule': channel(byCase({ schedule: ScheduleSchema })).returns<Saved>(),
  'discussion:saveFee': channel(byCase({ fee: FeeInputSchema.nullable() })).returns<Saved>(),
  'discussion:summary': channel(byCase({})).returns<DiscussionSummary>(),
};
