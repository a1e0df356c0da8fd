// Formatted text (marks) → Word runs. Tabs and line breaks inside a text node become real Word tabs and breaks.
// The runs are described once (inlineRuns) and written either as docx TextRuns or as XML text (raw-wml.ts).
import { Tab, TextRun } from 'docx';
import type { FormattedText } from '../../../common/document/doc-model';
import { cleanForWord } from './sanitize-text';
import type { ExportWarnings } from './warnings';

/** A tab between two pieces of a run's text. */
export const TAB = Symbol('tab');

export interface RunSpec {
  pieces: (string | typeof TAB)[];
  bold?: true;
  italics?: true;
  underline?: true;
  /** A line break before the run's text. */
  break?: true;
  size?: number;
}

/** `style` sets what the surrounding block dictates (a table's smaller size, a heading line printed bold). */
export function inlineRuns(
  nodes: FormattedText[],
  warnings: ExportWarnings,
  style: { size?: number; bold?: boolean } = {},
): RunSpec[] {
  const runs: RunSpec[] = [];
  for (const node of nodes) {
    const text = cleanForWord(node.text, warnings);
    // One run per line: a Word tab between the pieces of a line, a line break before every line but the first.
    text.split('\n').forEach((line, i) => {
      runs.push({
        pieces: line.split('\t').flatMap((piece, j) => (j === 0 ? [piece] : [TAB, piece])),
        // Unset marks stay unset so heading styles keep their own bold/italic.
        bold: style.bold || node.bold ? true : undefined,
        italics: node.italic ? true : undefined,
        underline: node.underline ? true : undefined,
        break: i > 0 ? true : undefined,
        size: style.size,
      });
    });
  }
  return runs;
}

export function serializeInline(
  nodes: FormattedText[],
  warnings: ExportWarnings,
  style: { size?: number; bold?: boolean } = {},
): TextRun[] {
  return inlineRuns(nodes, warnings, style).map(
    (run) =>
      new TextRun({
        children: run.pieces.map((piece) => (piece === TAB ? new Tab() : piece)),
        bold: run.bold,
        italics: run.italics,
        underline: run.underline ? {} : undefined,
        break: run.break ? 1 : undefined,
        size: run.size,
      }),
  );
}
