// Builds the Word report for a case from its pinned template and writes it where the user chose, atomically.
import { packReport } from '../export/docx/pack-report';
import type { ExportOutcome } from '../../common/ipc/export.contract';
import type { PhysicianProfile, RecordsTotals } from '../../common/report/template-values';
import { buildTemplateReport } from '../export/docx/build-template-report';
import type { GeneratorData } from '../export/docx/generator-data';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackendHost } from '../host';
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
  host: BackendHost;
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
}

export interface RenderedDocx {
  buffer: Buffer;
  warnings: string[];
  fileName: string;
}

export function createExportService({ cases, caseData, documents, templates, host }: ExportServiceDeps) {
  async function renderDocx(caseId: string, options: ExportOptions = {}): Promise<RenderedDocx> {
    const caseRecord = cases.get(caseId);
    const data = caseData.get(caseId);
    const template = await templates.require(caseRecord.template);
    const { document, warnings } = buildTemplateReport(
      template,
      { caseRecord, data, physician: options.physician ?? null, records: options.records ?? null },
      documents.allForCase(caseId),
      {
        draft: options.draft ?? true,
        watermark: options.watermark,
        reportTitle: options.reportTitle,
        generatorData: options.generatorData,
        signaturePng: options.signaturePng,
      },
    );
    const buffer = await packReport(document);
    return { buffer, warnings, fileName: suggestedReportFileName(caseRecord.examineeName, caseRecord.examDate) };
  }

  return {
    renderDocx,
    /** Writes straight to a known path (demo, benchmarks). */
    async exportTo(caseId: string, filePath: string, options: ExportOptions = {}): Promise<ExportOutcome> {
      const { buffer, warnings } = await renderDocx(caseId, options);
      writeFileAtomic(filePath, buffer);
      return { filePath, warnings };
    },
    async exportWithDialog(caseId: string, options: ExportOptions = {}): Promise<ExportOutcome> {
      const { buffer, warnings, fileName } = await renderDocx(caseId, options);
      const filePath = await host.chooseSavePath(fileName, { name: 'Word document', extensions: ['docx'] });
      if (!filePath) return { filePath: null, warnings };
      writeFileAtomic(filePath, buffer);
      return { filePath, warnings };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
