// The report's text, in the order it prints, as find and replace walks it: each narrative section of each step, then
// the answers to the parties' questions in their step. Each says where it is on screen (step and section card).
import { answerSectionId, type PartyQuestion } from '../../../../electron/common/case/structure-model';
import type { WorkflowStep } from '../../../../electron/common/report/workflow';
import type { Step } from '../../../../electron/common/template/template-schema';

export interface FindTarget {
  /** The saved document's id: a section id, or answer-<question id>. */
  sectionId: string;
  step: Step;
  /** The section card that holds it, to scroll to. */
  cardId: string;
  /** How the find bar names it, e.g. "History of injury" or "Answer: Is the injury industrial?". */
  title: string;
}

export function findTargets(workflow: readonly WorkflowStep[], questions: readonly PartyQuestion[]): FindTarget[] {
  return workflow.flatMap(({ step, sections }) =>
    sections.flatMap(({ section }): FindTarget[] => {
      if (section.kind === 'narrative') return [{ sectionId: section.id, step, cardId: section.id, title: section.title }];
      if (section.kind === 'generated' && section.generator === 'party-questions-answers')
        return questions.map((q) => ({
          sectionId: answerSectionId(q.id),
          step,
          cardId: section.id,
          title: `Answer: ${q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text}`,
        }));
      return [];
    }),
  );
}
