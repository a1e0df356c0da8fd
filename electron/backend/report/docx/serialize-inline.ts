// Formatted text (marks) → TextRuns. Tabs and line breaks inside a text node become real Word tabs and breaks.
import { Tab, TextRun } from 'docx';
import type { FormattedText } from '../../../common/document/doc-model';
import { sanitizeText } from './sanitize-text';
import type { ExportWarnings } from './warnings';

export function serializeInline(nodes: FormattedText[], warnings: ExportWarnings): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of nodes) {
    const { text, removed } = sanitizeText(node.text);
    if (removed) warnings.add(`${removed} invisible control character(s) were removed because Word cannot store them.`);
    // One run per line: a Word tab between the pieces of a line, a line break before every line but the first.
    text.split('\n').forEach((line, i) => {
      const pieces = line.split('\t').flatMap((piece, j) => (j === 0 ? [piece] : [new Tab(), piece]));
      runs.push(
        new TextRun({
          children: pieces,
          // Unset marks stay unset so heading styles keep their own bold/italic.
          bold: node.bold ? true : undefined,
          italics: node.italic ? true : undefined,
          underline: node.underline ? {} : undefined,
          break: i > 0 ? 1 : undefined,
        }),
      );
    });
  }
  return runs;
}
