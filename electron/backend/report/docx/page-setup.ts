// Page size and margins, the running header (examinee, claim number, report date) from page 2 on, "Page X of Y" on
// every page, and the optional DRAFT watermark, which lives in the headers so it repeats on every page.
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { sanitizeText } from './sanitize-text';
import { STYLE } from './styles';
import { CONTENT_WIDTH_DXA } from './tables';

const INCH = 1440;

export interface RunningHeaderText {
  examineeName: string;
  claimNumber: string;
  reportDate: string;
}

export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageFooter,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

const draftWatermark = () => new TextWatermark({ text: 'DRAFT', font: 'Times New Roman', color: 'D0D0D0', opacity: 0.5 });

/** Pages 2 onward: who and which claim the page belongs to, so a loose page can be put back. */
export function runningHeader(text: RunningHeaderText, watermark: boolean): Header {
  const clean = (s: string) => sanitizeText(s).text;
  const left = [clean(text.examineeName), text.claimNumber ? `Claim No. ${clean(text.claimNumber)}` : '']
    .filter(Boolean)
    .join('  \u2022  ');
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.runningHeader,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH_DXA }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 } },
        children: [
          ...(watermark ? [draftWatermark()] : []),
          new TextRun({ children: [left, new Tab(), text.reportDate ? `Report date: ${clean(text.reportDate)}` : ''] }),
        ],
      }),
    ],
  });
}

/** Page 1 carries the caption instead of the running header; it still needs the watermark on a draft. */
export function firstPageHeader(watermark: boolean): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.runningHeader, children: watermark ? [draftWatermark()] : [] })] });
}

/** Vertical page setup a letterhead may bring (twips); left and right stay 1 inch for the tables' absolute widths. */
export interface VerticalMargins {
  top?: number;
  bottom?: number;
  header?: number;
  footer?: number;
}

export function pageProperties(titlePage = false, vertical: VerticalMargins = {}): ISectionOptions['properties'] {
  return {
    titlePage: titlePage || undefined,
    page: {
      size: { width: 12240, height: 15840 },
      margin: {
        top: vertical.top ?? INCH,
        right: INCH,
        bottom: vertical.bottom ?? INCH,
        left: INCH,
        header: vertical.header ?? 720,
        footer: vertical.footer ?? 720,
      },
    },
  };
}
