// The report's named styles: a serif 12 pt body and real Heading 1–3, so Word's navigation pane and TOC work,
// plus the few paragraph styles the caption, header, declarations and signature use.
import type { IStylesOptions } from 'docx';

const BODY_FONT = 'Times New Roman';
const pt = (points: number) => points * 2; // docx sizes are half-points

export const STYLE = {
  subtitle: 'ReportSubtitle',
  captionLabel: 'CaptionLabel',
  captionValue: 'CaptionValue',
  declaration: 'Declaration',
  runningHeader: 'RunningHeader',
  pageFooter: 'PageFooter',
  fieldLine: 'FieldLine',
  signature: 'SignatureLine',
  placeholder: 'MissingContent',
} as const;

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: BODY_FONT, size: pt(12) }, paragraph: { spacing: { after: 120, line: 264 } } },
    heading1: {
      run: { font: BODY_FONT, size: pt(13), bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: BODY_FONT, size: pt(12), bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: BODY_FONT, size: pt(12), bold: true, italics: true, color: '000000' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
    },
    title: {
      run: { font: BODY_FONT, size: pt(16), bold: true, allCaps: true, color: '000000' },
      paragraph: { spacing: { after: 60 } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.subtitle,
      name: 'Report Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(12) },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: STYLE.captionLabel,
      name: 'Caption Label',
      basedOn: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { after: 0 } },
    },
    { id: STYLE.captionValue, name: 'Caption Value', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
    {
      id: STYLE.declaration,
      name: 'Declaration',
      basedOn: 'Normal',
      paragraph: { indent: { left: 360, right: 360 }, spacing: { after: 160 } },
    },
    {
      id: STYLE.runningHeader,
      name: 'Running Header',
      basedOn: 'Normal',
      run: { size: pt(9) },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
    {
      id: STYLE.pageFooter,
      name: 'Page Footer',
      basedOn: 'Normal',
      run: { size: pt(10) },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
    { id: STYLE.fieldLine, name: 'Field Line', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    {
      id: STYLE.signature,
      name: 'Signature Line',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 0, line: 240 }, keepNext: true, keepLines: true },
    },
    { id: STYLE.placeholder, name: 'Missing Content', basedOn: 'Normal', run: { italics: true, color: '595959' } },
  ],
};
