// The case list's deadline of each case, worked out again only when something it depends on changed (the case, its
// schedule, today, its service): the date arithmetic (business days, holidays, extensions) for every case was most of
// the list's time at a thousand cases (16 of 21 ms), and the list is asked at every start, return to it and search.
import type { CaseRecord, NextDeadline } from '../../common/case/case-model';
import type { Schedule } from '../../common/case/discussion-model';
import { nextDeadlineOf } from '../../common/case/discussion-summary';

export function createDeadlineCache() {
  const kept = new Map<string, { inputs: string; deadline: NextDeadline | null }>();
  return {
    nextDeadline(caseRecord: CaseRecord, schedule: Schedule, today: string, servedOn: string | null): NextDeadline | null {
      const inputs = `${today}|${servedOn}|${JSON.stringify(caseRecord)}|${JSON.stringify(schedule)}`;
      const hit = kept.get(caseRecord.id);
      if (hit?.inputs === inputs) return hit.deadline;
      const deadline = nextDeadlineOf(caseRecord, schedule, today, servedOn);
      kept.set(caseRecord.id, { inputs, deadline });
      return deadline;
    },
    /** Forgets the cases not in `ids` (the whole list was just worked out: deleted cases go). */
    keepOnly(ids: ReadonlySet<string>): void {
      for (const id of kept.keys()) if (!ids.has(id)) kept.delete(id);
    },
  };
}
