// The step rail's mark for "Records reviewed": judged from records review's page totals, by the same rule as the
// compliance check, so a QME case with no records imported never shows that step as done or as "nothing required".
import { describe, expect, it } from 'vitest';
import { buildWorkflow, type WorkflowInput } from '../../../electron/common/report/workflow';
import { templateValues } from '../../../electron/common/report/template-values';
import { builtinTemplate, completeQmeCase } from '../../fixtures/complete-qme-case';

function recordsStep(records: WorkflowInput['records']) {
  const parts = completeQmeCase();
  const values = templateValues({
    caseRecord: parts.caseRecord,
    data: parts.data,
    physician: parts.physician,
    records: records ?? null,
  });
  const input: WorkflowInput = {
    template: builtinTemplate('ca-qme-comprehensive'),
    values,
    data: parts.data,
    filledDocuments: new Set(parts.documents.keys()),
  };
  if (records !== undefined) input.records = records;
  return buildWorkflow(input).find((s) => s.step === 'records')!;
}

describe('records step completion', () => {
  it('is incomplete, and says why, before any records are imported', () => {
    const step = recordsStep(null);
    const table = step.sections.find((v) => v.section.kind === 'generated' && v.section.generator === 'records-reviewed-table')!;
    expect(table.completion).toBe('incomplete');
    expect(table.missing).toEqual(['no records are listed yet (records review has no documents)']);
  });

  it('is complete once pages are received and counted', () => {
    const step = recordsStep({ totalPagesReceived: 286, totalPagesReviewed: 286 });
    expect(step.sections.filter((v) => v.section.kind === 'generated').map((v) => v.completion)).not.toContain('incomplete');
    expect(
      step.sections.find((v) => v.section.kind === 'generated' && v.section.generator === 'records-reviewed-table')!.completion,
    ).toBe('complete');
  });

  it('is not judged when the caller has no totals to give', () => {
    const table = recordsStep(undefined).sections.find(
      (v) => v.section.kind === 'generated' && v.section.generator === 'records-reviewed-table',
    )!;
    expect(table.completion).toBe('optional');
  });
});
