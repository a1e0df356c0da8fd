// The check of the choice to combine the injuries into one value (the Benson exception): the report must say why the
// disability cannot be parsed among the injuries, and there must be two injury values to combine. Silent while it is off.
import { countWords } from '../calc/whole-percent';
import { COMBINE_ACROSS_REASON_MIN_WORDS, type DiscussionData } from '../case/discussion-model';
import type { DiscussionSummary } from '../case/discussion-summary';

export interface AcrossInjuriesFinding {
  status: 'pass' | 'missing';
  message: string;
}

/** Null while the choice is off (the default, each injury rated on its own): there is nothing to check. */
export function acrossInjuriesFinding(discussion: DiscussionData, summary: DiscussionSummary): AcrossInjuriesFinding | null {
  const choice = discussion.combineAcross;
  if (!choice?.on) return null;
  const notes: string[] = [];
  if (countWords(choice.reason) < COMBINE_ACROSS_REASON_MIN_WORDS) {
    const written = choice.reason.trim() ? `is under ${COMBINE_ACROSS_REASON_MIN_WORDS} words` : 'is not written';
    notes.push(
      `The injuries are combined into one value, but the reason they cannot be parsed ${written}. Explain in at least ${COMBINE_ACROSS_REASON_MIN_WORDS} words why the disability caused by each injury cannot be told apart, or rate each injury on its own.`,
    );
  }
  notes.push(...(summary.acrossInjuries?.problems ?? []));
  if (notes.length) return { status: 'missing', message: notes.join(' ') };
  const value = summary.acrossInjuries?.combined?.value;
  return {
    status: 'pass',
    message: `The injuries are combined into one value${value === undefined ? '' : ` (${value}% WPI)`}, with the reason they cannot be parsed.`,
  };
}
