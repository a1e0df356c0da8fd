// The one reader of a case for a report: its pinned template, case data, documents, the discussion and its summary,
// the physician's profile, the records totals and the generated tables' rows, as one AssembledReport value (a template's
// own P&S fields derived from the discussion's one P&S status).
// The compliance check and the Word renderer both take that value, so what is checked is what is printed (check() builds it
// without the generated tables' rows, which the check never reads).
import { AMA5 } from '../../common/calc/ama5-table';
import { factorKindLabel, regionLabel } from '../../common/calc/apportionment';
import type { DiscussionData } from '../../common/case/discussion-model';
import { injuryLabel, type DiscussionSummary } from '../../common/case/discussion-summary';
import { psFieldValues, templateHasPsFields } from '../../common/case/ps-status-fields';
import type { CaseData, FieldValues, Injury } from '../../common/case/structure-model';
import { runComplianceCheck, type ComplianceContext, type ComplianceItem } from '../../common/compliance/run-compliance-check';
import type { PhysicianProfile } from '../../common/settings/settings-model';
import type { RecordsTotals } from '../../common/records/report-totals';
import type { Template } from '../../common/template/template-schema';
import { combinedValuesCitation, guidesEditionOf, vocabularyOf, type GuidesEdition } from '../../common/template/vocabulary';
import type { CaseDataService } from '../case-data/case-data-service';
import type { CaseService } from '../cases/case-service';
import type { DiscussionService } from '../discussion/discussion-service';
import type { DocumentRepository } from '../documents/document-repository';
import type { TemplateService } from '../templates/template-service';
import type { GeneratorData, RecordsReviewed } from './docx/generator-data';
import { withPriorReport } from './prior-report-row';

export interface AssembledReport extends ComplianceContext {
  template: Template;
  /** Rows of the generated tables (records reviewed, impairment, apportionment). */
  tables: GeneratorData;
}

export interface ReportAssemblerDeps {
  cases: Pick<CaseService, 'get' | 'priorReport'>;
  caseData: Pick<CaseDataService, 'get'>;
  documents: Pick<DocumentRepository, 'allForCase'>;
  templates: Pick<TemplateService, 'require'>;
  discussion: Pick<DiscussionService, 'get' | 'summary'>;
  physician: () => PhysicianProfile | null;
  records: {
    totals(caseId: string): RecordsTotals | null;
    reviewedRows(caseId: string): RecordsReviewed | null;
  };
  today: () => string;
}

/**
 * The impairment and apportionment tables' rows (with each conversion, Almaraz/Guzman alternative, factor kind, the body
 * parts that cannot be apportioned and the prior awards) and the temporary disability periods, from the discussion and its summary.
 */
function discussionTables(
  summary: DiscussionSummary,
  discussion: DiscussionData,
  injuries: Injury[],
  edition: GuidesEdition | null,
): Pick<GeneratorData, 'impairment' | 'apportionment' | 'cannotApportion' | 'priorAwards' | 'tdPeriods'> {
  const entered = new Map(discussion.impairments.map((i) => [i.id, i]));
  const rows = summary.impairments.flatMap((injury) =>
    injury.rows
      .filter((r) => r.wpi !== null)
      .map((r) => {
        const ag = entered.get(r.impairmentId)?.almarazGuzman;
        return {
          bodyPart: r.bodyPart,
          injury: injury.injuryLabel,
          method: r.method,
          citation: r.citation,
          wpi: r.wpi!,
          ...(r.conversion ? { conversion: r.conversion.explanation } : {}),
          ...(ag ? { almarazGuzman: { strictWpi: ag.strictWpi, alternativeWpi: ag.alternativeWpi, reasons: ag.reasons } } : {}),
        };
      }),
  );
  const combinedByInjury = summary.impairments
    .filter((i) => i.combined)
    .map(({ injuryLabel: injury, combined }) => {
      const { value, steps, explanation, method, reason } = combined!;
      const citation =
        method === 'add' ? AMA5.addInstead.citation : combinedValuesCitation(edition, AMA5.combinedValues.citation);
      return { injury, value, steps, explanation, method, reason, citation };
    });
  // The Benson exception, printed only when the physician chose it and there are two injury values to combine.
  const across = summary.acrossInjuries;
  const combinedAcrossInjuries = across?.combined
    ? {
        value: across.combined.value,
        steps: across.combined.steps,
        injuries: across.injuries.map((i) => ({ injury: i.injuryLabel, value: i.value })),
        citation: combinedValuesCitation(edition, AMA5.combinedValues.citation),
        reason: across.reason,
      }
    : undefined;
  const apportionment = discussion.apportionments
    .filter((a) => !a.cannotApportion && a.industrialPercent !== null)
    .map((a) => ({
      bodyPart: a.bodyPart,
      injury: injuryLabel(injuries.find((i) => i.id === a.injuryId)),
      industrialPercent: a.industrialPercent!,
      industrialExplanation: a.industrialExplanation,
      factors: a.factors.map((f) => ({
        kind: factorKindLabel(f.kind),
        label: f.label,
        percent: f.percent,
        explanation: f.explanation,
      })),
    }));
  const cannotApportion = discussion.apportionments
    .filter((a) => a.cannotApportion)
    .map((a) => ({
      bodyPart: a.bodyPart,
      injury: injuryLabel(injuries.find((i) => i.id === a.injuryId)),
      reasons: a.cannotApportionReasons,
    }));
  const priorAwards = discussion.priorAwards.map((p) => ({
    region: `${p.region} (${regionLabel(p.region).toLowerCase()})`,
    percent: p.percent,
    description: p.description,
  }));
  const tdPeriods = [...discussion.tdPeriods]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map(({ kind, from, to }) => ({ kind, from, to }));
  return {
    impairment: rows.length
      ? { rows, combinedByInjury, ...(combinedAcrossInjuries ? { combinedAcrossInjuries } : {}) }
      : undefined,
    apportionment,
    cannotApportion,
    priorAwards,
    tdPeriods,
  };
}

/** The compliance check of exactly what would be printed. */
export const checkReport = (report: AssembledReport): ComplianceItem[] => runComplianceCheck(report.template, report);

export function createReportAssembler(deps: ReportAssemblerDeps) {
  /** Everything the report prints but the generated tables' rows: all the compliance check reads. */
  async function assembleContext(
    caseId: string,
    values: FieldValues,
  ): Promise<ComplianceContext & { template: Template; physician: PhysicianProfile | null }> {
    const caseRecord = deps.cases.get(caseId);
    const template = await deps.templates.require(caseRecord.template);
    const saved = deps.caseData.get(caseId);
    const discussion = deps.discussion.get(caseId);
    const psFields = templateHasPsFields(template) ? psFieldValues(discussion.ps) : {};
    const data: CaseData = { ...saved, values: { ...saved.values, ...psFields, ...values } };
    return {
      template,
      caseRecord,
      data,
      physician: deps.physician(),
      records: deps.records.totals(caseId),
      documents: deps.documents.allForCase(caseId),
      discussion,
      summary: deps.discussion.summary(caseId),
      today: deps.today(),
    };
  }

  return {
    /** `values` are printed as if saved with the case (signing stamps the date and county before they are saved). */
    async assemble(caseId: string, values: FieldValues = {}): Promise<AssembledReport> {
      const context = await assembleContext(caseId, values);
      const { template, data, discussion, summary, physician } = context;
      return {
        ...context,
        tables: {
          ...discussionTables(
            summary,
            discussion,
            data.injuries,
            guidesEditionOf(vocabularyOf(template), data.values['case.guidesEdition']),
          ),
          // A supplemental lists the report it follows among the records reviewed (not counted again).
          records: withPriorReport(deps.records.reviewedRows(caseId), deps.cases.priorReport(caseId), physician),
        },
      };
    },
    /**
     * The compliance check of the report as it would print now, without building the generated tables' rows, which the
     * check never reads: the records table alone reads every chronology entry with its summary (2,000 at a busy case),
     * and the workspace asks for this check each time a case opens and after each saved change.
     */
    async check(caseId: string, values: FieldValues = {}): Promise<ComplianceItem[]> {
      const context = await assembleContext(caseId, values);
      return runComplianceCheck(context.template, context);
    },
  };
}
export type ReportAssembler = ReturnType<typeof createReportAssembler>;
