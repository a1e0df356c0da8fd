// The discussion:* channels: impairment ratings, apportionment, prior awards, disability, schedule, fee, and the summary.
import type { HandlersOf } from '../ipc/handler-registry';
import type { DiscussionService } from './discussion-service';

export const discussionHandlers = (discussion: DiscussionService): HandlersOf<'discussion'> => ({
  'discussion:get': ({ caseId }) => discussion.get(caseId),
  'discussion:saveImpairments': ({ caseId, items, combine, combineAcross }) =>
    discussion.saveImpairments(caseId, items, combine, combineAcross),
  'discussion:saveApportionment': ({ caseId, items }) => discussion.saveApportionment(caseId, items),
  'discussion:savePriorAwards': ({ caseId, items }) => discussion.savePriorAwards(caseId, items),
  'discussion:saveDisability': ({ caseId, tdPeriods, ps }) => discussion.saveDisability(caseId, tdPeriods, ps),
  'discussion:saveSchedule': ({ caseId, schedule }) => discussion.saveSchedule(caseId, schedule),
  'discussion:saveFee': ({ caseId, fee }) => discussion.saveFee(caseId, fee),
  'discussion:summary': ({ caseId }) => discussion.summary(caseId),
});
