// The Slate → Word serializer: formatting, headings, lists restarting, control characters, warnings.
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildTemplateReport } from '../../../../electron/backend/report/docx/build-template-report';
import { sanitizeText } from '../../../../electron/backend/report/docx/sanitize-text';
import type { CaseRecord } from '../../../../electron/common/case/case-model';
import { EMPTY_CASE_DATA } from '../../../../electron/common/case/structure-model';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import { TemplateSchema } from '../../../../electron/common/template/template-schema';
import JSZip from 'jszip';

const CASE: CaseRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  examineeName: 'Pat Example',
  dateOfBirth: '1970-01-31',
  claimNumber: 'C-1',
  employer: 'Fictional Employer',
  claimsAdministrator: 'Fictional TPA',
  reportKind: 'IME',
  examDate: '2026-10-01',
  template: { id: 'ime-workers-comp', version: 1 },
  status: 'drafting',
  createdAt: '2026-10-01T00:00:00Z',
  updatedAt: '2026-10-01T00:00:00Z',
};

/** A template with one narrative section, so the serializer's output is all the body holds after the caption. */
const ONE_SECTION = TemplateSchema.parse({
  id: 'one-section',
  version: 1,
  title: 'One section',
  description: 'A single narrative section.',
  reportKind: 'IME',
  arena: 'workers-comp',
  sections: [
    { id: 'narrative', title: 'Narrative', kind: 'narrative', step: 'interview', order: 1, required: true, guidance: 'Write.' },
  ],
});

async function documentXml(content: RichDocument) {
  const { document, warnings } = buildTemplateReport(
    { template: ONE_SECTION, caseRecord: CASE, data: EMPTY_CASE_DATA, documents: new Map([['narrative', content]]), tables: {} },
    { draft: true },
  );
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  return { xml: await zip.file('word/document.xml')!.async('string'), warnings };
}

describe('serializeBlock', () => {
  it('keeps bold, italic and underline on the runs that had them, and only there', async () => {
    const { xml } = await documentXml([
      {
        type: 'paragraph',
        children: [
          { text: 'plain ' },
          { text: 'strong', bold: true },
          { text: ' slanted', italic: true },
          { text: ' lined', underline: true },
        ],
      },
    ]);
    expect(xml).toMatch(/<w:r><w:t xml:space="preserve">plain <\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>strong<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*> slanted<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:u w:val="single"\/><\/w:rPr><w:t[^>]*> lined<\/w:t>/);
  });

  it('maps section headings to Heading 1 and document headings one level below', async () => {
    const { xml } = await documentXml([
      { type: 'heading-one', children: [{ text: 'H-one' }] },
      { type: 'heading-two', children: [{ text: 'H-two' }] },
      { type: 'heading-three', children: [{ text: 'H-three' }] },
    ]);
    expect(xml).toMatch(/Heading1"\/><\/w:pPr><w:r><w:t[^>]*>Narrative/);
    expect(xml).toMatch(/Heading2"\/><\/w:pPr><w:r><w:t[^>]*>H-one/);
    expect(xml).toMatch(/Heading3"\/><\/w:pPr><w:r><w:t[^>]*>H-two/);
    expect(xml).toMatch(/Heading3"\/><\/w:pPr><w:r><w:t[^>]*>H-three/);
  });

  it('gives every numbered list its own numbering instance so each restarts at 1', async () => {
    const list = (a: string, b: string) => ({
      type: 'numbered-list' as const,
      children: [a, b].map((text) => ({ type: 'list-item' as const, children: [{ text }] })),
    });
    const { xml } = await documentXml([
      list('a1', 'a2'),
      { type: 'paragraph', children: [{ text: 'between' }] },
      list('b1', 'b2'),
    ]);
    const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(4);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).toBe(numIds[3]);
    expect(numIds[0]).not.toBe(numIds[2]);
  });

  it('prints a nested list item (Tab in the editor) at its Word list level, in the same list', async () => {
    const { xml } = await documentXml([
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Low back pain' }] },
          { type: 'list-item', indent: 1, children: [{ text: 'Radiating to the left calf' }] },
          { type: 'list-item', indent: 2, children: [{ text: 'Worse when sitting' }] },
          { type: 'list-item', children: [{ text: 'Right wrist numbness' }] },
        ],
      },
    ]);
    expect([...xml.matchAll(/<w:ilvl w:val="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['0', '1', '2', '0']);
    expect(new Set([...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])).size).toBe(1);
  });

  it('drops XML-invalid control characters and says so, keeping the rest of the text', async () => {
    const { xml, warnings } = await documentXml([{ type: 'paragraph', children: [{ text: 'before\u0001\u0008after\u000B.' }] }]);
    expect(xml).toContain('beforeafter.');
    expect(warnings).toContain('3 invisible control character(s) were removed because Word cannot store them.');
  });

  it('turns tabs and line breaks into Word tabs and breaks', async () => {
    const { xml } = await documentXml([{ type: 'paragraph', children: [{ text: 'a\tb\nc' }] }]);
    expect(xml).toContain('<w:tab/>');
    expect(xml).toContain('<w:br/>');
  });

  it('warns about an element type it does not know instead of failing', async () => {
    const bogus = [{ type: 'video', children: [{ text: 'x' }] }] as unknown as RichDocument;
    const { warnings } = await documentXml(bogus);
    expect(warnings.some((w) => w.includes('unknown kind (video)'))).toBe(true);
  });
});

describe('sanitizeText', () => {
  it.each([
    ['keeps tabs, newlines and emoji', 'a\tb\nc 😀', 'a\tb\nc 😀', 0],
    ['removes NUL and vertical tab', 'a\u0000b\u000Bc', 'abc', 2],
    ['removes a lone surrogate', 'x\uD800y', 'xy', 1],
  ])('%s', (_, input, output, removed) => {
    expect(sanitizeText(input)).toEqual({ text: output, removed });
  });
});
