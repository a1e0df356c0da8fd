// Builds the Word report for a case and writes it where the user chose, atomically.
import { Packer } from 'docx';
import { emptyDocument } from '../../common/document/doc-model';
import type { ExportOutcome } from '../../common/ipc/export.contract';
import { buildReport } from '../export/docx/build-report';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackendHost } from '../host';
import type { DocumentRepository } from '../documents/document-repository';
import type { CaseService } from './case-service';
import { REPORT_SECTIONS } from './report-sections';

export function suggestedReportFileName(examineeName: string, examDate: string | null): string {
  const name = examineeName.replace(/[^A-Za-z0-9 .'-]+/g, '').trim().replace(/\s+/g, ' ') || 'Report';
  return `${name} - ${examDate ?? 'undated'}.docx`;
}

export function createExportService(cases: CaseService, documents: DocumentRepository, host: BackendHost) {
  async function renderDocx(caseId: string): Promise<{ buffer: Buffer; warnings: string[]; fileName: string }> {
    const caseRecord = cases.get(caseId);
    const saved = documents.allForCase(caseId);
    const { document, warnings } = buildReport({
      caseRecord,
      sections: REPORT_SECTIONS.map((s) => ({ heading: s.heading, content: saved.get(s.id) ?? emptyDocument() })),
    });
    const buffer = await Packer.toBuffer(document);
    return { buffer, warnings, fileName: suggestedReportFileName(caseRecord.examineeName, caseRecord.examDate) };
  }

  return {
    renderDocx,
    /** Writes straight to a known path (demo, benchmarks). */
    async exportTo(caseId: string, filePath: string): Promise<ExportOutcome> {
      const { buffer, warnings } = await renderDocx(caseId);
      writeFileAtomic(filePath, buffer);
      return { filePath, warnings };
    },
    async exportWithDialog(caseId: string): Promise<ExportOutcome> {
      const { buffer, warnings, fileName } = await renderDocx(caseId);
      const filePath = await host.chooseSavePath(fileName, { name: 'Word document', extensions: ['docx'] });
      if (!filePath) return { filePath: null, warnings };
      writeFileAtomic(filePath, buffer);
      return { filePath, warnings };
    },
  };
}
