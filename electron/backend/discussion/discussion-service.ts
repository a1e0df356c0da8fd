// Discussion data of a case (impairments, apportionment, prior awards, disability, deadline and fee inputs) and the
// summary computed from it. "Today" comes from an injected clock and the records page count from an injected function,
// so deadlines and fees are testable and records review can own its own totals.
import { computeDiscussionSummary, type DiscussionSummary } from '../../common/case/discussion-summary';
import type {
  Apportionment,
  CombineAcross,
  CombineOption,
  DiscussionData,
  FeeInput,
  Impairment,
  PriorAward,
  PsStatus,
  Schedule,
  TdPeriod,
} from '../../common/case/discussion-model';
import type { CaseData } from '../../common/case/structure-model';
import { AppFailure } from '../../common/errors';
import type { RecordsTotals } from '../../common/records/report-totals';
import type { CaseService } from '../cases/case-service';
import type { DiscussionRepository } from './discussion-repository';

export interface DiscussionServiceDeps {
  cases: Pick<CaseService, 'get' | 'saveTo'>;
  caseData: (caseId: string) => CaseData;
  repo: DiscussionRepository;
  /** Today's date as ISO YYYY-MM-DD. */
  today: () => string;
  /** Records review totals, or null while records review has no data for the case. */
  recordsTotals: (caseId: string) => RecordsTotals | null;
}

export function createDiscussionService(deps: DiscussionServiceDeps) {
  const { repo } = deps;

  /** Discussion rows must point at injuries of this case; anything else is a stale screen or another case's data. */
  const assertInjuries = (caseId: string, injuryIds: string[]) => {
    const own = repo.injuryIds(caseId);
    if (injuryIds.some((id) => !own.has(id))) {
      throw new AppFailure(
        'invalid-input',
        'An entry refers to an injury that is not part of this case (it may have been removed). Reload the discussion step and enter it again.',
      );
    }
  };

  const save = <A extends unknown[]>(caseId: string, write: (caseId: string, ...args: A) => void, ...args: A) =>
    deps.cases.saveTo(caseId, () => write(caseId, ...args));

  const get = (caseId: string): DiscussionData => {
    deps.cases.get(caseId);
    return repo.get(caseId);
  };

  return {
    get,
    /**
     * Saves the ratings; the combine-or-add choices and the choice to combine across injuries too when given (undefined
     * keeps the saved ones).
     */
    saveImpairments(caseId: string, items: Impairment[], combine?: CombineOption[], combineAcross?: CombineAcross) {
      deps.cases.get(caseId);
      assertInjuries(caseId, [...items.map((i) => i.injuryId), ...(combine ?? []).map((c) => c.injuryId)]);
      if (combine && new Set(combine.map((c) => c.injuryId)).size !== combine.length) {
        throw new AppFailure('invalid-input', 'Each injury can have only one combining choice (combine or add).');
      }
      return save(caseId, repo.saveImpairments, items, combine, combineAcross);
    },
    saveApportionment(caseId: string, items: Apportionment[]) {
      deps.cases.get(caseId);
      assertInjuries(
        caseId,
        items.map((a) => a.injuryId),
      );
      return save(caseId, repo.saveApportionments, items);
    },
    savePriorAwards: (caseId: string, items: PriorAward[]) => save(caseId, repo.savePriorAwards, items),
    saveDisability: (caseId: string, tdPeriods: TdPeriod[], ps: PsStatus | null) =>
      save(caseId, repo.saveDisability, tdPeriods, ps),
    saveSchedule: (caseId: string, schedule: Schedule) => save(caseId, repo.saveSchedule, schedule),
    saveFee: (caseId: string, fee: FeeInput | null) => save(caseId, repo.saveFee, fee),

    summary(caseId: string): DiscussionSummary {
      const caseRecord = deps.cases.get(caseId);
      return computeDiscussionSummary({
        caseRecord,
        injuries: deps.caseData(caseId).injuries,
        discussion: repo.get(caseId),
        today: deps.today(),
        records: deps.recordsTotals(caseId),
      });
    },
  };
}
export type DiscussionService = ReturnType<typeof createDiscussionService>;
