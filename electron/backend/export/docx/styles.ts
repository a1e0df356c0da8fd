// The report's named styles: a serif 12 pt body and real Heading 1–3, so Word's navigation pane and TOC work.
import type { IStylesOptions } from 'docx';

export const BODY_FONT = 'Times New Roman';
const pt = (points: number) => points * 2; // docx sizes are half-points

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: BODY_FONT, size: pt(12) }, paragraph: { spacing: { after: 120, line: 264 } } },
    heading1: { run: { font: BODY_FONT, size: pt(14), bold: true, allCaps: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { font: BODY_FONT, size: pt(12), bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading3: { run: { font: BODY_FONT, size: pt(12), bold: true, italics: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    title: { run: { font: BODY_FONT, size: pt(16), bold: true, allCaps: true }, paragraph: { spacing: { after: 240 } } },
  },
  paragraphStyles: [
    { id: 'CaptionLabel', name: 'Caption Label', basedOn: 'Normal', run: { bold: true }, paragraph: { spacing: { after: 0 } } },
    { id: 'CaptionValue', name: 'Caption Value', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
    { id: 'Declaration', name: 'Declaration', basedOn: 'Normal', paragraph: { indent: { left: 360, right: 360 }, spacing: { after: 160 } } },
  ],
};
