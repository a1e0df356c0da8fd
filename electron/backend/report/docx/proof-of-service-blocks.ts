// Lays out the proof of service (content from common/report/proof-of-service.ts) after the signature: a represented case's
// one-page declaration of service (QME Form 122's content), then the service list on its own page so the declaration never
// splits; an unrepresented case's service list and Form 111 note. The rule table's notes to the physician are not printed.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { ProofOfServiceContent } from '../../../common/report/proof-of-service';
import type { Block } from './generated-sections';
import { sanitizeText } from './sanitize-text';
import { STYLE } from './styles';
import { gridTable, labelValueTable } from './tables';

const clean = (s: string) => sanitizeText(s).text;

function serviceListTable(content: ProofOfServiceContent): Block {
  const { columns, rows, showEmail } = content.serviceList;
  const header = [columns.person, columns.role, columns.address, ...(showEmail ? [columns.email] : [])];
  const cells = rows.map((r) => [
    [r.name, r.organization].filter((s) => s.trim()).join('\n'),
    r.role,
    r.addressLines.join('\n'),
    ...(showEmail ? [r.email] : []),
  ]);
  return gridTable(header, cells, showEmail ? [30, 16, 30, 24] : [36, 20, 44]);
}

function heading(text: string, level: 1 | 2, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: pageBreakBefore || undefined,
    children: [new TextRun(clean(text))],
  });
}

function declarantSignature(content: NonNullable<ProofOfServiceContent['declaration']>): Paragraph[] {
  const label = (text: string) =>
    new Paragraph({ style: STYLE.signature, children: [new TextRun({ text: clean(text), italics: true, size: 20 })] });
  return [
    new Paragraph({ style: STYLE.signature, spacing: { before: 600 }, children: [new TextRun('\u005F'.repeat(36))] }),
    label(content.signatureLabel),
    new Paragraph({
      style: STYLE.signature,
      spacing: { before: 240 },
      children: [new TextRun({ text: clean(content.declarantName) || ' ', bold: true })],
    }),
    label(content.nameLabel),
  ];
}

export function proofOfServiceBlocks(content: ProofOfServiceContent): Block[] {
  const out: Block[] = [];
  const decl = content.declaration;
  if (decl) {
    // decl.subheading is a note to the physician (attach QME Form 122 where it is required), never printed.
    out.push(heading(decl.heading, 1, true));
    if (decl.caseLines.length)
      out.push(
        labelValueTable(
          decl.caseLines.map((l) => [clean(l.label), clean(l.value)]),
          [25, 75],
        ),
      );
    decl.paragraphs.forEach((p, i) =>
      out.push(new Paragraph({ spacing: { before: i === 0 ? 240 : 0 }, children: [new TextRun(clean(p))] })),
    );
    out.push(
      new Paragraph({ spacing: { before: 120 }, keepNext: true, keepLines: true, children: [new TextRun(clean(decl.perjury))] }),
    );
    out.push(new Paragraph({ keepNext: true, children: [new TextRun(clean(decl.executed))] }));
    out.push(...declarantSignature(decl));
  }
  out.push(heading(content.serviceList.heading, 1, true));
  out.push(new Paragraph({ children: [new TextRun(clean(content.serviceList.intro))] }));
  out.push(serviceListTable(content));
  // The unrepresented case's notes tell the parties how the report is served (Form 111); outside California the note
  // only tells the physician why there is no declaration, so build-template-report.ts lists it among the warnings.
  if (content.notes && content.kind === 'unrepresented') {
    out.push(heading(content.notes.heading, 2));
    for (const p of content.notes.paragraphs) out.push(new Paragraph({ children: [new TextRun(clean(p))] }));
  }
  return out;
}
