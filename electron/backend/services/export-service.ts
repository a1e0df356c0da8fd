// Builds the Word report for a case from its pinned template (and writes it to a known path, atomically).
// Choosing where to save, and the export history, belong to the signing service.
import type { ServiceMethod } from '../../common/case/signing-model';
import type { CaseRecord } from '../../common/case/case-model';
import type { CaseData, FieldValue } from '../../common/case/structure-model';
import type { RichDocument } from '../../common/document/doc-model';
import type { Template } from '../../common/template/template-schema';
import type { ExportOutcome } from '../../common/ipc/export.contract';
import type { ServiceDetails } from '../../common/report/proof-of-service';
import type { PhysicianProfile, RecordsTotals } from '../../common/report/template-values';
import { todayIso } from '../../common/util/iso-date';
import { buildTemplateReport } from '../export/docx/build-template-report';
import type { GeneratorData } from '../export/docx/generator-data';
import { applyLetterhead, type Letterhead } from '../export/docx/letterhead';
import { packReport } from '../export/docx/pack-report';
import { ExportWarnings } from '../export/docx/warnings';
import { writeFileAtomic } from '../fs/atomic-write';
import type { DocumentRepository } from '../documents/document-repository';
import type { CaseDataService } from './case-data-service';
import type { CaseService } from './case-service';
import type { TemplateService } from './template-service';

export function suggestedReportFileName(examineeName: string, examDate: string | null): string {
  const name = examineeName.replace(/[^A-Za-z0-9 .'-]+/g, '').trim().replace(/\s+/g, ' ') || 'Report';
  return `${name} - ${examDate ?? 'undated'}.docx`;
}

export interface ExportServiceDeps {
  cases: Pick<CaseService, 'get'>;
  caseData: Pick<CaseDataService, 'get'>;
  documents: Pick<DocumentRepository, 'allForCase'>;
  templates: Pick<TemplateService, 'require'>;
}

export interface ExportOptions {
  /** Unsigned (the default): DRAFT watermark, and "[No … entered.]" where required content is missing. */
  draft?: boolean;
  /** Whether a draft carries the DRAFT watermark (default true); a signed export never does. */
  watermark?: boolean;
  reportTitle?: string;
  physician?: PhysicianProfile | null;
  records?: RecordsTotals | null;
  generatorData?: GeneratorData;
  /** PNG bytes of the physician's signature. */
  signaturePng?: Uint8Array;
  /** The report is produced inside this letterhead (its header, footer, styles and margins). */
  letterhead?: Letterhead | null;
  /** Appends the service list and declaration of service. */
  proofOfService?: boolean;
  /** How and by whom it is served; defaults: by mail, by the physician, on the signing date, in the signing county. */
  service?: { method?: ServiceMethod; date?: string; county?: string; declarantName?: string; declarantAddress?: string };
  /** Values printed as if saved with the case (signing stamps the date and county before they are saved). */
  valueOverrides?: Record<string, FieldValue>;
  /** The case as already read for this export (report assembly); read here when absent. */
  source?: ReportSource;
}

/** What a report is built from, as read from the database. */
export interface ReportSource {
  caseRecord: CaseRecord;
  data: CaseData;
  template: Template;
  documents: ReadonlyMap<string, RichDocument>;
}

export interface RenderedDocx {
  buffer: Buffer;
  warnings: string[];
  fileName: string;
  /** The document title written to its properties. */
  title: string;
}

function serviceDetails(options: ExportOptions, values: Record<string, FieldValue>): ServiceDetails {
  const given = options.service ?? {};
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
  return {
    method: given.method ?? 'mail',
    date: given.date ?? (value('signing.date') || todayIso()),
    county: given.county ?? (value('signing.county') || options.physician?.defaultCounty || ''),
    declarantName: given.declarantName ?? options.physician?.name ?? '',
    declarantAddress: given.declarantAddress ?? options.physician?.practiceAddress ?? '',
  };
}

export function createExportService({ cases, caseData, documents, templates }: ExportServiceDeps) {
  async function readSource(caseId: string): Promise<ReportSource> {
    const caseRecord = cases.get(caseId);
    return { caseRecord, data: caseData.get(caseId), template: await templates.require(caseRecord.template), documents: documents.allForCase(caseId) };
  }

  async function renderDocx(caseId: string, options: ExportOptions = {}): Promise<RenderedDocx> {
    const source = options.source ?? (await readSource(caseId));
    const { caseRecord, template } = source;
    const data = options.valueOverrides ? { ...source.data, values: { ...source.data.values, ...options.valueOverrides } } : source.data;
    const letterhead = options.letterhead ?? undefined;
    const { document, warnings, title } = buildTemplateReport(
      template,
      { caseRecord, data, physician: options.physician ?? null, records: options.records ?? null },
      source.documents,
      {
        draft: options.draft ?? true,
        watermark: options.watermark,
        reportTitle: options.reportTitle,
        generatorData: options.generatorData,
        signaturePng: options.signaturePng,
        letterhead,
        proofOfService: options.proofOfService ? serviceDetails(options, data.values) : undefined,
      },
    );
    let buffer = await packReport(document);
    const letterheadWarnings = new ExportWarnings();
    if (letterhead) buffer = Buffer.from(applyLetterhead(buffer, letterhead, letterheadWarnings));
    return { buffer, warnings: [...warnings, ...letterheadWarnings.list()], fileName: suggestedReportFileName(caseRecord.examineeName, caseRecord.examDate), title };
  }

  return {
    renderDocx,
    /** Writes straight to a known path (demo, benchmarks). */
    async exportTo(caseId: string, filePath: string, options: ExportOptions = {}): Promise<ExportOutcome> {
      const { buffer, warnings } = await renderDocx(caseId, options);
      writeFileAtomic(filePath, buffer);
      return { filePath, warnings };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
