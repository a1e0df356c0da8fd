// The discussion data of a case (impairments with the combining choices, apportionment, prior awards, disability, schedule,
// fee) with the summary the backend computes from it. Each part autosaves on its own; the summary refreshes after every save.
import { useCallback, useEffect, useRef, useState } from 'react';
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
  type CombineAcross,
  type DiscussionData,
} from '../../../../electron/common/case/discussion-model';
import type { DiscussionSummary } from '../../../../electron/common/case/discussion-summary';
import { messageOf } from '../../api/client';
import { listIsValid } from '../../components/list-editing';
import { useAutosave } from '../../hooks/use-autosave';
import { discussionApi } from '../discussion/discussion-api';

export function useDiscussion(caseId: string) {
  const [data, setData] = useState<DiscussionData | null>(null);
  const [summary, setSummary] = useState<DiscussionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);

  const refreshSummary = useCallback(async () => {
    try {
      const next = await discussionApi.summary(caseId);
      if (live.current) setSummary(next);
    } catch (e) {
      if (live.current) setError(messageOf(e));
    }
  }, [caseId]);

  useEffect(() => {
    live.current = true;
    discussionApi.get(caseId).then(
      (d) => live.current && setData(d),
      (e: unknown) => live.current && setError(messageOf(e)),
    );
    void refreshSummary();
    return () => {
      live.current = false;
    };
  }, [caseId, refreshSummary]);

  const after =
    <T>(save: (v: T) => Promise<unknown>) =>
    async (v: T) => {
      await save(v);
      await refreshSummary();
    };
  const saves = {
    impairments: useAutosave(
      after((v: Pick<DiscussionData, 'impairments' | 'combine' | 'combineAcross'>) =>
        discussionApi.saveImpairments(caseId, v.impairments, v.combine, v.combineAcross),
      ),
    ),
    apportionments: useAutosave(
      after((items: DiscussionData['apportionments']) => discussionApi.saveApportionment(caseId, items)),
    ),
    priorAwards: useAutosave(after((items: DiscussionData['priorAwards']) => discussionApi.savePriorAwards(caseId, items))),
    disability: useAutosave(
      after((v: Pick<DiscussionData, 'tdPeriods' | 'ps'>) => discussionApi.saveDisability(caseId, v.tdPeriods, v.ps)),
    ),
    schedule: useAutosave(after((schedule: DiscussionData['schedule']) => discussionApi.saveSchedule(caseId, schedule))),
    fee: useAutosave(after((fee: DiscussionData['fee']) => discussionApi.saveFee(caseId, fee))),
  };

  /** Updates the screen at once; saves only when every item is valid, so half-typed rows never reach the database. */
  const update = {
    impairments(impairments: DiscussionData['impairments'], combine: DiscussionData['combine'], combineAcross?: CombineAcross) {
      setData((d) => (d ? { ...d, impairments, combine, ...(combineAcross ? { combineAcross } : {}) } : d));
      // Combining across injuries is saved once its reason is long enough; until then the saved choice stays as it is.
      const across = combineAcross && CombineAcrossSchema.safeParse(combineAcross).success ? combineAcross : undefined;
      if (listIsValid(ImpairmentSchema, impairments) && listIsValid(CombineOptionSchema, combine))
        saves.impairments.change({ impairments, combine, combineAcross: across });
    },
    apportionments(items: DiscussionData['apportionments']) {
      setData((d) => (d ? { ...d, apportionments: items } : d));
      if (listIsValid(ApportionmentSchema, items)) saves.apportionments.change(items);
    },
    priorAwards(items: DiscussionData['priorAwards']) {
      setData((d) => (d ? { ...d, priorAwards: items } : d));
      if (listIsValid(PriorAwardSchema, items)) saves.priorAwards.change(items);
    },
    disability(tdPeriods: DiscussionData['tdPeriods'], ps: DiscussionData['ps']) {
      setData((d) => (d ? { ...d, tdPeriods, ps } : d));
      if (listIsValid(TdPeriodSchema, tdPeriods) && (ps === null || PsStatusSchema.safeParse(ps).success))
        saves.disability.change({ tdPeriods, ps });
    },
    schedule(schedule: DiscussionData['schedule']) {
      setData((d) => (d ? { ...d, schedule } : d));
      if (ScheduleSchema.safeParse(schedule).success) saves.schedule.change(schedule);
    },
    fee(fee: DiscussionData['fee']) {
      setData((d) => (d ? { ...d, fee } : d));
      if (fee === null || FeeInputSchema.safeParse(fee).success) saves.fee.change(fee);
    },
  };

  return { data, summary, error, update, saveStates: Object.values(saves).map((s) => s.state), refreshSummary };
}
