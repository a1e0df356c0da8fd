// Page size, margins and the footer with "Page X of Y" fields that Word and LibreOffice fill in.
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';

const INCH = 1440;

export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 20 })],
      }),
    ],
  });
}

export function pageProperties(): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: 12240, height: 15840 },
      margin: { top: INCH, right: INCH, bottom: INCH, left: INCH, header: 720, footer: 720 },
    },
  };
}
