// The examination step's Measurements section: optional, so an empty list never marks the step incomplete, and marked
// done once a reading is entered; the compliance check does not ask for it either.
import { describe, expect, it } from 'vitest';
import { runComplianceCheck } from '../../../electron/common/compliance/run-compliance-check';
import { buildWorkflow } from '../../../electron/common/report/workflow';
import { templateValues } from '../../../electron/common/report/template-values';
import { builtinTemplate, completeQmeCase, complianceContext } from '../../fixtures/complete-qme-case';
import { MEASUREMENTS } from './docx/report-fixture';

function examination(measurements = MEASUREMENTS) {
  const parts = completeQmeCase();
  parts.data.measurements = measurements;
  const values = templateValues({ caseRecord: parts.caseRecord, data: parts.data, physician: parts.physician, records: null });
  const step = buildWorkflow({
    template: builtinTemplate('ca-qme-comprehensive'),
    values,
    data: parts.data,
    filledDocuments: new Set(parts.documents.keys()),
  }).find((s) => s.step === 'examination')!;
  return { step, section: step.sections.find((v) => v.section.id === 'exam-measurements')!, parts };
}

describe('measurements in the examination step', () => {
  it('come right after the findings on examination and are optional', () => {
    const { step, section } = examination([]);
    expect(step.sections.map((v) => v.section.id)).toEqual(['physical-examination', 'exam-measurements', 'diagnostic-testing']);
    expect(section.required).toBe(false);
    expect(section.completion).toBe('optional');
    expect(step.completion).not.toBe('incomplete');
  });

  it('are marked done once a reading is entered', () => {
    expect(examination().section.completion).toBe('complete');
  });

  it('are not something the compliance check asks for', () => {
    const { parts } = examination([]);
    const items = runComplianceCheck(builtinTemplate('ca-qme-comprehensive'), complianceContext(parts));
    expect(JSON.stringify(items)).not.toMatch(/measurement/i);
  });
});
