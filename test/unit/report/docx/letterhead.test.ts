// The letterhead: read once (headers, footers, pictures, styles, margins), cleaned of anything a signed report must not
// carry, and merged into a packed report so that every part stays well-formed and in schema order.
import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyLetterhead,
  documentStyleOptions,
  letterheadPartFor,
  readLetterhead,
  type Letterhead,
} from '../../../../electron/backend/report/docx/letterhead';
import { ExportWarnings } from '../../../../electron/backend/report/docx/warnings';
import { SAMPLE_LETTERHEAD_PATH, SAMPLE_PRACTICE } from '../../../../scripts/make-sample-letterhead';
import { buildReport, partText } from './docx-parts';
import { checkElementOrder, parseXml } from './ooxml-check';
import { builtinTemplate, qmeContext, qmeDocuments } from './report-fixture';

const sample = () => new Uint8Array(fs.readFileSync(SAMPLE_LETTERHEAD_PATH));

/** The sample letterhead with extra XML spliced into one of its parts before the closing root tag. */
function withPart(part: string, extra: string): Uint8Array {
  const files = unzipSync(sample());
  const xml = strFromU8(files[part]!);
  files[part] = strToU8(xml.replace(/<\/w:(hdr|ftr)>$/, `${extra}</w:$1>`));
  return zipSync(files);
}

const FIRST_HEADER = 'word/header2.xml';
const DEFAULT_FOOTER = 'word/footer1.xml';

async function mergedReport(lh: Letterhead, draft = false) {
  const template = await builtinTemplate('ca-qme-comprehensive-v1');
  const built = await buildReport(template, qmeContext(), qmeDocuments(template), { draft, letterhead: lh });
  const warnings = new ExportWarnings();
  const bytes = applyLetterhead(built.buffer, lh, warnings);
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  return { files, text, warnings: warnings.list(), bytes };
}

describe('reading a letterhead', () => {
  let lh: Letterhead;
  beforeAll(() => (lh = readLetterhead(sample(), 'sample-letterhead.docx')));

  it('finds its first-page and later-page headers and footers, with the logo', () => {
    expect(lh.titlePage).toBe(true);
    expect(letterheadPartFor(lh, 'header', 'first')!.text).toContain(SAMPLE_PRACTICE.addressLine);
    expect(letterheadPartFor(lh, 'header', 'default')!.text).toBe(SAMPLE_PRACTICE.name);
    expect(letterheadPartFor(lh, 'footer', 'default')!.text).toContain('Tel (310) 555-0100');
    expect([...lh.media.keys()]).toEqual(['word/media/image1.png']);
  });

  it('reads its body font, size and page setup', () => {
    expect([lh.bodyFont, lh.bodySizePt]).toEqual(['Arial', 11]);
    expect(lh.margins).toEqual({ top: 2160, bottom: 1440, header: 540, footer: 540 });
    expect(lh.styleIds.has('Heading1')).toBe(true);
  });

  it('removes tracked changes, comments, hidden text and fields that print a file name or user', () => {
    const dirty = withPart(
      FIRST_HEADER,
      '<w:p><w:ins w:id="91" w:author="Office PC" w:date="2020-01-01T00:00:00Z"><w:r><w:t>Board certified</w:t></w:r></w:ins>' +
        '<w:del w:id="92" w:author="Office PC" w:date="2020-01-01T00:00:00Z"><w:r><w:delText>Old suite number</w:delText></w:r></w:del>' +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>Internal note</w:t></w:r>' +
        '<w:commentRangeStart w:id="1"/><w:r><w:t> since 2001</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>' +
        '<w:fldSimple w:instr=" FILENAME \\p "><w:r><w:t>C:\\Users\\frontdesk\\letterhead.docx</w:t></w:r></w:fldSimple>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> AUTHOR </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>frontdesk</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '</w:p>',
    );
    const part = letterheadPartFor(readLetterhead(dirty, 'dirty.docx'), 'header', 'first')!;
    expect(part.text).toContain('Board certified since 2001');
    for (const gone of ['Old suite number', 'Internal note', 'frontdesk', 'Users']) expect(part.text).not.toContain(gone);
    expect(part.xml).not.toMatch(/<w:(ins|del|vanish|commentRangeStart|commentRangeEnd|commentReference|instrText)\b/);
  });
});

describe('a report inside the letterhead', () => {
  let merged: Awaited<ReturnType<typeof mergedReport>>;
  beforeAll(async () => (merged = await mergedReport(readLetterhead(sample(), 'sample-letterhead.docx'))));

  const partFor = (type: 'first' | 'default', kind: 'header' | 'footer') => {
    const doc = merged.text('word/document.xml');
    const id = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="(rId\\d+)"`).exec(doc)![1];
    const rels = merged.text('word/_rels/document.xml.rels');
    return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
  };

  it('prints the letterhead’s first-page header on page 1, without our running header', () => {
    const text = partText(merged.text(partFor('first', 'header')));
    expect(text).toContain(SAMPLE_PRACTICE.name);
    expect(text).toContain(SAMPLE_PRACTICE.addressLine);
    expect(text).not.toContain('Claim No.');
  });

  it('prints the letterhead’s later-page header above our running header on later pages', () => {
    const lines = partText(merged.text(partFor('default', 'header')))
      .split('\n')
      .filter(Boolean);
    expect(lines[0]).toBe(SAMPLE_PRACTICE.name);
    expect(lines[1]).toMatch(/^Maria Q\. Sample\s+•\s+Claim No\. SAMPLE-WC-20260115.*Report date: 11\/20\/2026$/);
  });

  it('keeps "Page X of Y" below the letterhead’s footer on every page', () => {
    for (const slot of ['first', 'default'] as const) {
      const xml = merged.text(partFor(slot, 'footer'));
      expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(xml).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    }
    expect(partText(merged.text(partFor('default', 'footer')))).toContain('Torrance, CA 90505');
  });

  it('copies the logo with its relationship and content type', () => {
    const first = partFor('first', 'header');
    const rels = merged.text(first.replace('word/', 'word/_rels/') + '.rels');
    const target = /Id="(rIdLetterhead\w+)"[^>]*Target="(media\/letterhead-image1\.png)"/.exec(rels);
    expect(target).not.toBeNull();
    expect(merged.text(first)).toContain(`r:embed="${target![1]}"`);
    // Renumbered above the report's own drawing ids, which must stay unique in the document.
    expect(merged.text(first)).toMatch(/<wp:docPr id="900\d\d"/);
    expect(merged.files['word/media/letterhead-image1.png']?.length).toBeGreaterThan(100);
    expect(merged.text('[Content_Types].xml')).toMatch(/Extension="png"/);
  });

  it('keeps every part well-formed and in schema order', () => {
    for (const [name, bytes] of Object.entries(merged.files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const root = parseXml(strFromU8(bytes));
      if (/^word\/(document|header\d+|footer\d+)\.xml$/.test(name)) expect(checkElementOrder(root), name).toEqual([]);
    }
  });

  it('takes the letterhead’s styles and margins, keeping the report’s own named styles and title', () => {
    const styles = merged.text('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Arial"/s);
    expect(styles).toContain('w:styleId="RunningHeader"');
    expect(styles).toMatch(/w:styleId="Title".*?<w:caps\/>/s);
    expect(merged.text('word/document.xml')).toMatch(
      /<w:pgMar w:top="2160" w:right="1440" w:bottom="1440" w:left="1440" w:header="540" w:footer="540"/,
    );
  });

  it('keeps the DRAFT watermark of a draft in the merged headers', async () => {
    const draft = await mergedReport(readLetterhead(sample(), 'sample-letterhead.docx'), true);
    const headers = Object.entries(draft.files).filter(([n]) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    for (const [name, bytes] of headers) expect(strFromU8(bytes), name).toContain('string="DRAFT"');
  });

  it('leaves out our page numbers when the letterhead footer numbers pages itself, and says so', async () => {
    const numbered = withPart(
      DEFAULT_FOOTER,
      '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>',
    );
    const result = await mergedReport(readLetterhead(numbered, 'numbered.docx'));
    expect(result.warnings).toEqual([
      'Your letterhead’s footer numbers the pages itself, so the report’s own “Page X of Y” was left out.',
    ]);
  });
});

describe('styles with a letterhead', () => {
  it('uses the report’s own styles without one', () => {
    expect(documentStyleOptions(undefined).externalStyles).toBeUndefined();
  });

  it('adds our headings only where the letterhead has none, in the letterhead’s font', () => {
    const lh = readLetterhead(sample(), 'sample-letterhead.docx');
    const withHeadings = documentStyleOptions(lh).styles!.default!;
    expect(withHeadings.heading1).toBeUndefined();
    expect(withHeadings.document).toBeUndefined();
    const without = documentStyleOptions({ ...lh, styleIds: new Set(['Normal']), hasDocDefaults: false }).styles!.default!;
    expect(without.heading1?.run).toMatchObject({ bold: true, font: undefined });
    expect(without.document?.run).toMatchObject({ font: undefined });
  });
});
