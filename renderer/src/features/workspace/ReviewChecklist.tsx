// "What is still needed": every required section not yet filled, across all steps, each a link to the place to fix it.
import { Body1, Link, Subtitle1 } from '@fluentui/react-components';
import type { WorkflowStep } from '../../../../electron/common/report/workflow';
import type { Step } from '../../../../electron/common/template/template-schema';

export function ReviewChecklist({ steps, onGo }: { steps: WorkflowStep[]; onGo: (step: Step, sectionId: string) => void }) {
  const open = steps.flatMap((s) => s.sections.filter((v) => v.completion === 'incomplete').map((v) => ({ step: s, view: v })));
  return (
    <section aria-label="Still needed" style={{ display: 'grid', gap: 8 }}>
      <Subtitle1 as="h3">Still needed before signing</Subtitle1>
      {open.length === 0 ? (
        <Body1>Every required section is filled in.</Body1>
      ) : (
        <ul style={{ margin: 0 }}>
          {open.map(({ step, view }) => (
            <li key={view.section.id}>
              <Link onClick={() => onGo(step.step, view.section.id)}>
                {step.label}: {view.section.title}
              </Link>{' '}
              — {view.missing.join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
