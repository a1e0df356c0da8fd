// Every part of every generated report is well-formed XML and keeps the ECMA-376 child order of the elements we
// generate; the checker itself catches each kind of mistake it claims to.
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../../electron/common/template/template-schema';
import { buildReport } from './docx-parts';
import { checkElementOrder, parseXml } from './ooxml-check';
import { builtinTemplate, GENERATOR_DATA, ltdContext, qmeContext, qmeDocuments } from './report-fixture';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

describe('the XML checker', () => {
  it.each([
    ['an unclosed element', doc('<w:p>'), /never closed|does not match/],
    ['a mismatched end tag', doc('<w:p></w:r>'), /does not match/],
    ['a repeated attribute', doc('<w:p w:a="1" w:a="2"/>'), /repeated/],
    ['an undeclared prefix', doc('<x:p/>'), /not declared/],
    ['a bare ampersand', doc('<w:p><w:r><w:t>a & b</w:t></w:r></w:p>'), /bare "&"/],
    ['a control character', doc('<w:p><w:r><w:t>a\u0001b</w:t></w:r></w:p>'), /not allowed in XML/],
    ['a reference to a control character', doc('<w:p><w:r><w:t>a&#1;b</w:t></w:r></w:p>'), /forbids/],
    ['two roots', `${doc('')}<w:document ${W}/>`, /second root/],
    ['text after the root', `${doc('')}stray`, /outside the root/],
  ])('rejects %s', (_, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it.each([
    [
      'paragraph properties out of order',
      doc('<w:p><w:pPr><w:jc w:val="left"/><w:spacing w:after="0"/></w:pPr></w:p>'),
      /<w:spacing> comes after <w:jc>/,
    ],
    [
      'run properties out of order',
      doc('<w:p><w:r><w:rPr><w:sz w:val="20"/><w:b/></w:rPr></w:r></w:p>'),
      /<w:b> comes after <w:sz>/,
    ],
    [
      'table properties out of order (docx puts cellSpacing after tblLook)',
      doc('<w:tbl><w:tblPr><w:tblLook/><w:tblCellSpacing/></w:tblPr><w:tblGrid/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'),
      /tblCellSpacing/,
    ],
    [
      'cell properties out of order',
      doc('<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr><w:vAlign/><w:tcW/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>'),
      /<w:tcW> comes after <w:vAlign>/,
    ],
    ['section properties out of order', doc('<w:sectPr><w:pgMar/><w:pgSz/></w:sectPr>'), /<w:pgSz> comes after <w:pgMar>/],
    ['a header reference after the page size', doc('<w:sectPr><w:pgSz/><w:headerReference/></w:sectPr>'), /headerReference/],
    ['an unknown child of pPr', doc('<w:p><w:pPr><w:bold/></w:pPr></w:p>'), /not allowed in <w:pPr>/],
    ['a duplicated property', doc('<w:p><w:r><w:rPr><w:b/><w:b/></w:rPr></w:r></w:p>'), /appears twice/],
    ['run properties after text', doc('<w:p><w:r><w:t>x</w:t><w:rPr/></w:r></w:p>'), /must be the first child of <w:r>/],
    ['a table without its grid', doc('<w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'), /tblPr> then <w:tblGrid>/],
    [
      'a cell that does not end with a paragraph',
      doc('<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl>'),
      /end with a paragraph/,
    ],
    ['section properties before content', doc('<w:sectPr/><w:p/>'), /last child of <w:body>/],
  ])('reports %s', (_, xml, message) => {
    const problems = checkElementOrder(parseXml(xml));
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('accepts well-ordered properties', () => {
    const xml = doc(
      '<w:p><w:pPr><w:pStyle w:val="x"/><w:keepNext/><w:numPr/><w:spacing/><w:ind/><w:jc w:val="left"/><w:rPr><w:b/></w:rPr></w:pPr>' +
        '<w:r><w:rPr><w:rFonts/><w:b/><w:i/><w:color/><w:sz/><w:szCs/><w:u/></w:rPr><w:t>x</w:t></w:r></w:p>' +
        '<w:sectPr><w:headerReference/><w:footerReference/><w:headerReference/><w:pgSz/><w:pgMar/><w:titlePg/></w:sectPr>',
    );
    expect(checkElementOrder(parseXml(xml))).toEqual([]);
  });
});

describe('every generated report part', () => {
  const cases: Array<[string, string, () => Parameters<typeof buildReport>[1], boolean]> = [
    ['QME comprehensive, draft, psychiatric injury claimed', 'ca-qme-comprehensive-v1', () => qmeContext({ psych: true }), true],
    ['QME comprehensive, signed', 'ca-qme-comprehensive-v1', () => qmeContext(), false],
    ['QME supplemental, draft', 'ca-qme-supplemental-v1', () => qmeContext(), true],
    ['IME workers’ compensation, signed', 'ime-workers-comp-v1', () => qmeContext(), false],
    [
      'IME personal injury, draft without a physician profile',
      'ime-personal-injury-v1',
      () => qmeContext({ physician: null }),
      true,
    ],
    ['IME disability insurance with the restrictions grid', 'ime-disability-insurance-v1', ltdContext, false],
  ];

  it.each(cases)('%s: well-formed, schema order kept', async (_, stem, context, draft) => {
    const template: Template = await builtinTemplate(stem);
    const { parts } = await buildReport(template, context(), qmeDocuments(template), { draft }, GENERATOR_DATA);
    const checked = [...parts.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(checked).toContain('word/document.xml');
    for (const name of checked) {
      const root = parseXml(parts.get(name)!);
      if (name.startsWith('word/')) expect(checkElementOrder(root), name).toEqual([]);
    }
  });
});
