// The backend calls for a case's discussion data (impairments, apportionment, prior awards, disability, schedule, fee),
// each part saved on its own, and the summary the backend computes from it.
import type { DiscussionData } from '../../../../electron/common/case/discussion-model';
import { call } from '../../api/client';

export const discussionApi = {
  get: (caseId: string) => call('discussion:get', { caseId }),
  summary: (caseId: string) => call('discussion:summary', { caseId }),
  saveImpairments: (
    caseId: string,
    items: DiscussionData['impairments'],
    combine: DiscussionData['combine'],
    combineAcross?: DiscussionData['combineAcross'],
  ) => call('discussion:saveImpairments', { caseId, items, combine, ...(combineAcross ? { combineAcross } : {}) }),
  saveApportionment: (caseId: string, items: DiscussionData['apportionments']) =>
    call('discussion:saveApportionment', { caseId, items }),
  savePriorAwards: (caseId: string, items: DiscussionData['priorAwards']) =>
    call('discussion:savePriorAwards', { caseId, items }),
  saveDisability: (caseId: string, tdPeriods: DiscussionData['tdPeriods'], ps: DiscussionData['ps']) =>
    call('discussion:saveDisability', { caseId, tdPeriods, ps }),
  saveSchedule: (caseId: string, schedule: DiscussionData['schedule']) => call('discussion:saveSchedule', { caseId, schedule }),
  saveFee: (caseId: string, fee: DiscussionData['fee']) => call('discussion:saveFee', { caseId, fee }),
};
