// Packs a built report into .docx bytes; keeps the docx library inside backend/export (layer rule). docx writes the
// package; the blocks written as XML text go in place of their placeholders, the letterhead's headers and footers are
// merged in, and the parts are zipped again with native deflate (zip-package.ts).
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import type { TemplateReport } from './build-template-report';
import { mergeLetterhead, type Letterhead } from './letterhead';
import type { ExportWarnings } from './warnings';
import { zipPackage } from './zip-package';

export async function packReport(
  report: Pick<TemplateReport, 'document' | 'raw'>,
  letterhead?: { letterhead: Letterhead; warnings: ExportWarnings },
): Promise<Buffer> {
  const packed = await Packer.toBuffer(report.document);
  if (report.raw.size === 0 && !letterhead) return packed;
  const files = unzipSync(packed);
  if (report.raw.size > 0) {
    files['word/document.xml'] = report.raw.splice(Buffer.from(files['word/document.xml']!).toString('utf8'));
  }
  if (letterhead) mergeLetterhead(files, letterhead.letterhead, letterhead.warnings);
  return zipPackage(files);
}
