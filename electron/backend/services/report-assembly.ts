// Gathers everything a report is built from, for one case: its pinned template, case data, documents, the discussion
// and its computed summary, the physician's profile and the records totals, plus the generated tables' rows.
// The export and the compliance check both read a case through this, so what is checked is what is printed.
import type { DiscussionData } from '../../common/case/discussion-model';
import { injuryLabel, type DiscussionSummary } from '../../common/case/discussion-summary';
import type { Injury } from '../../common/case/structure-model';
import { runComplianceCheck, type ComplianceItem } from '../../common/compliance/run-compliance-check';
import type { PhysicianProfile, RecordsTotals, ReportContext } from '../../common/report/template-values';
import type { Template } from '../../common/template/template-schema';
import type { RichDocument } from '../../common/document/doc-model';
import type { GeneratorData, RecordReviewedRow } from '../export/docx/generator-data';
import type { DocumentRepository } from '../documents/document-repository';
import type { CaseDataService } from './case-data-service';
import type { CaseService } from './case-service';
import type { DiscussionService } from './discussion-service';
import type { TemplateService } from './template-service';

export interface RecordsSource {
  totals(caseId: string): RecordsTotals | null;
  reviewedRows(caseId: string): RecordReviewedRow[];
}

export interface ReportAssemblyDeps {
  cases: CaseService;
  caseData: CaseDataService;
  documents: DocumentRepository;
  templates: TemplateService;
  discussion: DiscussionService;
  physician: () => PhysicianProfile | null;
  records?: RecordsSource;
  today: () => string;
}

export interface AssembledReport {
  template: Template;
  ctx: ReportContext;
  documents: Map<string, RichDocument>;
  discussion: DiscussionData;
  summary: DiscussionSummary;
  generatorData: GeneratorData;
}

/** The impairment and apportionment tables' rows, from the discussion summary. */
export function discussionTables(summary: DiscussionSummary, discussion: DiscussionData, injuries: Injury[]): Pick<GeneratorData, 'impairment' | 'apportionment'> {
  const rows = summary.impairments.flatMap((injury) =>
    injury.rows.filter((r) => r.wpi !== null).map((r) => ({ bodyPart: r.bodyPart, injury: injury.injuryLabel, method: r.method, citation: r.citation, wpi: r.wpi! })),
  );
  const combinedByInjury = summary.impairments
    .filter((i) => i.combined)
    .map((i) => ({ injury: i.injuryLabel, value: i.combined!.value, steps: i.combined!.steps, explanation: i.combined!.explanation, method: i.combined!.method, reason: i.combined!.reason }));
  const apportionment = discussion.apportionments
    .filter((a) => !a.cannotApportion && a.industrialPercent !== null)
    .map((a) => ({
      bodyPart: a.bodyPart,
      injury: injuryLabel(injuries.find((i) => i.id === a.injuryId)),
      industrialPercent: a.industrialPercent!,
      factors: a.factors.map((f) => ({ label: f.label, percent: f.percent, explanation: f.explanation })),
    }));
  return { impairment: rows.length ? { rows, combinedByInjury } : undefined, apportionment };
}

export function createReportAssembly(deps: ReportAssemblyDeps) {
  async function assemble(caseId: string): Promise<AssembledReport> {
    const caseRecord = deps.cases.get(caseId);
    const template = await deps.templates.require(caseRecord.template);
    const data = deps.caseData.get(caseId);
    const discussion = deps.discussion.get(caseId);
    const summary = deps.discussion.summary(caseId);
    const records = deps.records?.totals(caseId) ?? null;
    const ctx: ReportContext = { caseRecord, data, physician: deps.physician(), records };
    const generatorData: GeneratorData = { ...discussionTables(summary, discussion, data.injuries), records: deps.records?.reviewedRows(caseId) };
    return { template, ctx, documents: deps.documents.allForCase(caseId), discussion, summary, generatorData };
  }

  return {
    assemble,
    async compliance(caseId: string): Promise<ComplianceItem[]> {
      const a = await assemble(caseId);
      return runComplianceCheck(a.template, { ...a.ctx, documents: a.documents, discussion: a.discussion, summary: a.summary, today: deps.today() });
    },
  };
}
export type ReportAssembly = ReturnType<typeof createReportAssembly>;
