// The guided workflow of a case: which steps and sections a template asks for (with its conditions applied), and the one
// completeness rule: a step or section is complete only when no missing compliance item is about it, and signing needs none
// missing and every open warning accepted. Pure, so the rail's marks, the review list and signing are tested without a UI.
import type { CaseData } from '../case/structure-model';
import type { ComplianceItem } from '../compliance/run-compliance-check';
import { boundFieldSpec } from '../template/bound-fields';
import { isFieldIncluded, isFieldRequired, isSectionIncluded, isSectionRequired } from '../template/conditions';
import { isMissingValue, type TemplateValues } from '../template/resolve-placeholders';
import { STEPS, STEP_LABELS, type Section, type Step, type Template } from '../template/template-schema';
import { answerSectionId } from '../case/structure-model';
import { isTableRowFilled, readTableValue } from './table-values';
import type { RecordsTotals } from '../records/report-totals';
import { recordsSectionGap } from '../records/report-totals';

export type Completion = 'complete' | 'incomplete' | 'optional';

export interface WorkflowSection {
  section: Section;
  required: boolean;
  completion: Completion;
  /** What is still missing, in words, when incomplete. */
  missing: string[];
}

export interface WorkflowStep {
  step: Step;
  label: string;
  sections: WorkflowSection[];
  completion: Completion;
}

export interface WorkflowInput {
  template: Template;
  values: TemplateValues;
  data: CaseData;
  /** Section ids (including question answers) whose rich text has any words. */
  filledDocuments: ReadonlySet<string>;
  /** Records review's page totals (null: nothing imported yet); left out, the sections built from them are not judged. */
  records?: RecordsTotals | null;
}

/** Steps the physician always sees, even when a template puts no section there. */
const ALWAYS_SHOWN: ReadonlySet<Step> = new Set(['case', 'review']);

function requiredFieldsMissing(section: Section, values: TemplateValues): string[] {
  if (section.kind !== 'fields' && section.kind !== 'narrative') return [];
  return section.fields
    .filter((f) => isFieldIncluded(f, section, values) && isFieldRequired(f, section, values))
    .filter((f) => isMissingValue(values[f.id]))
    .map((f) => f.label);
}

function generatedMissing(section: Extract<Section, { kind: 'generated' }>, input: WorkflowInput): string[] | null {
  const { data, values, filledDocuments } = input;
  switch (section.generator) {
    case 'caption':
      // Named by their labels ("claim number"): the physician never sees a field's internal name.
      return section.boundFields
        .filter(
          (name) =>
            ['case.examineeName', 'case.claimNumber', 'case.examDate', 'exam.streetAddress'].includes(name) &&
            isMissingValue(values[name]),
        )
        .map((name) => boundFieldSpec(name)?.label ?? name);
    case 'injuries-table':
      if (data.injuries.length === 0) return ['at least one injury'];
      return data.injuries.some((i) => i.bodyParts.length === 0) ? ['the body parts of each injury'] : [];
    case 'diagnoses-table':
      return data.diagnoses.length ? [] : ['at least one diagnosis'];
    case 'measurements-table':
      return data.measurements.length ? [] : ['at least one measurement'];
    case 'party-questions-answers': {
      // No question entered: nothing to do here unless the compliance check asks for one (an IME's referral questions).
      if (data.questions.length === 0) return null;
      const unanswered = data.questions.filter((q) => !filledDocuments.has(answerSectionId(q.id))).length;
      return unanswered ? [`${unanswered} unanswered question${unanswered === 1 ? '' : 's'}`] : [];
    }
    case 'records-reviewed-table':
    case 'page-verification': {
      if (input.records === undefined) return null;
      const gap = recordsSectionGap(section.generator, input.records);
      return gap ? [gap] : [];
    }
    // Built from the discussion tools, the declarations and the signature: judged by the compliance check.
    case 'impairment-table':
    case 'apportionment-table':
    case 'fixed-text':
    case 'signature-block':
      return null;
    default: {
      const unhandled: never = section.generator;
      return [String(unhandled)];
    }
  }
}

function sectionMissing(section: Section, input: WorkflowInput): string[] | null {
  const { values, filledDocuments, data } = input;
  switch (section.kind) {
    case 'narrative': {
      const missing = requiredFieldsMissing(section, values);
      if (!filledDocuments.has(section.id)) missing.push('the text of this section');
      return missing;
    }
    case 'fields':
      return requiredFieldsMissing(section, values);
    case 'table': {
      const table = readTableValue(data.values, section.id, section.table);
      const empty = table.rows.filter((r) => !isTableRowFilled(r)).map((r) => r.label);
      return empty.length ? [`rows not filled: ${empty.join(', ')}`] : [];
    }
    case 'generated':
      return generatedMissing(section, input);
    default: {
      const unhandled: never = section;
      return [String(unhandled)];
    }
  }
}

/** A step's mark from its sections: incomplete if any is, complete if any is, else nothing required. */
function stepCompletion(sections: readonly WorkflowSection[]): Completion {
  if (sections.some((v) => v.completion === 'incomplete')) return 'incomplete';
  return sections.some((v) => v.completion === 'complete') ? 'complete' : 'optional';
}

export function buildWorkflow(input: WorkflowInput): WorkflowStep[] {
  const { template, values } = input;
  const sections = [...template.sections].sort((a, b) => a.order - b.order).filter((s) => isSectionIncluded(s, values));
  return STEPS.flatMap((step) => {
    const own = sections.filter((s) => s.step === step);
    if (own.length === 0 && !ALWAYS_SHOWN.has(step)) return [];
    const views: WorkflowSection[] = own.map((section) => {
      const required = isSectionRequired(section, values);
      const missing = sectionMissing(section, input);
      const completion: Completion =
        missing === null ? 'optional' : missing.length === 0 ? 'complete' : required ? 'incomplete' : 'optional';
      return { section, required, completion, missing: missing ?? [] };
    });
    return [{ step, label: STEP_LABELS[step], sections: views, completion: stepCompletion(views) }];
  });
}

/**
 * The one completeness rule, applied to the workflow built from what is on screen: a section or step is incomplete while a
 * missing compliance item is about it (ComplianceItem.sectionIds, .steps) and otherwise never incomplete, whatever the
 * screen's own reading (a section marked not applicable, say); what only the check can judge stays "nothing required".
 * Before the check has answered (null) nothing is marked complete.
 */
export function withCompliance(steps: readonly WorkflowStep[], items: readonly ComplianceItem[] | null): WorkflowStep[] {
  return steps.map((step) => {
    if (!items) {
      const sections = step.sections.map((v): WorkflowSection =>
        v.completion === 'complete' ? { ...v, completion: 'optional' } : v,
      );
      return { ...step, sections, completion: step.completion === 'complete' ? 'incomplete' : step.completion };
    }
    const missing = items.filter((i) => i.status === 'missing');
    const sections = step.sections.map((v): WorkflowSection => {
      const open = missing.filter((i) => i.sectionIds.includes(v.section.id));
      if (open.length)
        return { ...v, completion: 'incomplete', missing: v.missing.length ? v.missing : open.map((i) => i.message) };
      return v.completion === 'incomplete' ? { ...v, completion: 'complete', missing: [] } : v;
    });
    const completion = missing.some((i) => i.steps.includes(step.step)) ? 'incomplete' : stepCompletion(sections);
    return { ...step, sections, completion };
  });
}

export interface SigningGate {
  /** Missing items of blocking checks: the report cannot be signed while any remains. */
  blocking: ComplianceItem[];
  /** Warnings not dismissed: signing asks the physician to accept each ("Sign anyway"). */
  warnings: ComplianceItem[];
}

/** What stands between the report and its signature, by the same compliance result the rail and the review list show. */
export function signingGate(items: readonly ComplianceItem[]): SigningGate {
  return {
    blocking: items.filter((i) => i.blocking),
    warnings: items.filter((i) => i.status === 'warning' && !i.dismissed),
  };
}
