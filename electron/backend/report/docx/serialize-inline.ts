// Formatted text (marks) → TextRuns. Tabs and line breaks inside a text node become real Word tabs and breaks.
import { Tab, TextRun } from 'docx';
import type { FormattedText } from '../../../common/document/doc-model';
import { cleanForWord } from './sanitize-text';
import type { ExportWarnings } from './warnings';

/** `style` sets what the surrounding block dictates (a table's smaller size, a heading line printed bold). */
export function serializeInline(
  nodes: FormattedText[],
  warnings: ExportWarnings,
  style: { size?: number; bold?: boolean } = {},
): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of nodes) {
    const text = cleanForWord(node.text, warnings);
    // One run per line: a Word tab between the pieces of a line, a line break before every line but the first.
    text.split('\n').forEach((line, i) => {
      const pieces = line.split('\t').flatMap((piece, j) => (j === 0 ? [piece] : [new Tab(), piece]));
      runs.push(
        new TextRun({
          children: pieces,
          // Unset marks stay unset so heading styles keep their own bold/italic.
          bold: style.bold || node.bold ? true : undefined,
          italics: node.italic ? true : undefined,
          underline: node.underline ? {} : undefined,
          break: i > 0 ? 1 : undefined,
          size: style.size,
        }),
      );
    });
  }
  return runs;
}
