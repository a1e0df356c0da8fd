// Blocks written as XML text stand in the docx Document as placeholder paragraphs until the package is packed.
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RawXmlParts } from '../../../../electron/backend/report/docx/raw-xml-parts';

async function documentXml(children: Paragraph[]): Promise<string> {
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return strFromU8(unzipSync(buffer)['word/document.xml']!);
}

describe('raw XML parts', () => {
  it('puts each block where its placeholder paragraph stood, in order, as UTF-8', async () => {
    const raw = new RawXmlParts();
    const xml = await documentXml([
      new Paragraph('before'),
      raw.placeholder('<w:p><w:r><w:t>first – é</w:t></w:r></w:p>'),
      new Paragraph('between'),
      raw.placeholder('<w:tbl/>'),
    ]);
    const spliced = raw.splice(xml).toString('utf8');
    expect(spliced).toBe(
      xml
        .replace(
          /<w:p><w:r><w:t xml:space="preserve">medlegal-raw-xml-[^<]*-0<\/w:t><\/w:r><\/w:p>/,
          '<w:p><w:r><w:t>first – é</w:t></w:r></w:p>',
        )
        .replace(/<w:p><w:r><w:t xml:space="preserve">medlegal-raw-xml-[^<]*-1<\/w:t><\/w:r><\/w:p>/, '<w:tbl/>'),
    );
    expect(spliced).not.toContain('medlegal-raw-xml');
    expect(spliced.indexOf('before')).toBeLessThan(spliced.indexOf('first'));
    expect(spliced.indexOf('between')).toBeLessThan(spliced.indexOf('<w:tbl/>'));
  });

  it('refuses a document its placeholder is not in, rather than leave the block out', async () => {
    const raw = new RawXmlParts();
    raw.placeholder('<w:tbl/>');
    const xml = await documentXml([new Paragraph('no placeholder here')]);
    expect(() => raw.splice(xml)).toThrow(/not found once/);
  });
});
