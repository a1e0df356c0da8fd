// Formatted text (marks) → TextRuns. Tabs and line breaks inside a text node become real Word tabs and breaks.
import { TextRun } from 'docx';
import type { FormattedText } from '../../../common/document/doc-model';
import { sanitizeText } from './sanitize-text';
import type { ExportWarnings } from './warnings';

export function serializeInline(nodes: FormattedText[], warnings: ExportWarnings): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of nodes) {
    const { text, removed } = sanitizeText(node.text);
    if (removed) warnings.add(`${removed} invisible control character(s) were removed because Word cannot store them.`);
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const parts = line.split('\t');
      parts.forEach((part, j) => {
        runs.push(
          new TextRun({
            text: part,
            // Unset marks stay unset so heading styles keep their own bold/italic.
            bold: node.bold ? true : undefined,
            italics: node.italic ? true : undefined,
            underline: node.underline ? {} : undefined,
            break: i > 0 && j === 0 ? 1 : undefined,
          }),
        );
        if (j < parts.length - 1) runs.push(new TextRun({ children: ['\t'] }));
      });
    });
  }
  return runs;
}
