// The XML tree used to edit .docx parts round-trips what it does not touch, and refuses what it cannot read safely.
import { describe, expect, it } from 'vitest';
import { attr, parseXml, serializeXml, setAttr, wordText } from '../../../../electron/backend/report/docx/xml-tree';

describe('the docx XML tree', () => {
  it.each([
    [
      'attributes, entities and self-closing elements',
      '<w:p xmlns:w="urn:w" w:a="x &amp; y"><w:r><w:t xml:space="preserve">a &lt; b &#x2022; c</w:t></w:r><w:br/></w:p>',
    ],
    ['comments, CDATA and processing instructions inside', '<a><!-- note --><?pi data?><![CDATA[<raw>]]>text</a>'],
    ['single-quoted attributes (written back with double quotes)', `<a b="it's"/>`],
  ])('round-trips %s', (_, xml) => {
    const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
    expect(serializeXml(parseXml(decl + xml))).toBe(decl + xml);
  });

  it('escapes values it sets and unescapes values it reads', () => {
    const doc = parseXml('<a/>');
    setAttr(doc.root, 'Target', 'media/a&b<c".png');
    expect(serializeXml(doc)).toContain('Target="media/a&amp;b&lt;c&quot;.png"');
    expect(attr(doc.root, 'Target')).toBe('media/a&b<c".png');
  });

  it('reads the visible text of paragraphs, one line each', () => {
    const root = parseXml(
      '<w:hdr xmlns:w="urn:w"><w:p><w:r><w:t>Avery</w:t><w:tab/><w:t>MD</w:t></w:r></w:p><w:p><w:r><w:t>Suite &amp; 3</w:t></w:r></w:p></w:hdr>',
    ).root;
    expect(wordText(root)).toBe('Avery MD\nSuite & 3');
  });

  it.each([
    [
      'a document type declaration (entities could expand)',
      '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
      /document type declarations are not allowed/,
    ],
    ['an unclosed element', '<a><b></a>', /unexpected closing tag/],
    ['two roots', '<a/><b/>', /more than one root/],
    ['no root', '<?xml version="1.0"?>', /no root element/],
  ])('refuses %s', (_, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});
