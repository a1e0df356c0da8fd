// Blocks of the report written as XML text (raw-wml.ts) rather than docx objects: each stands in the document as a
// placeholder paragraph, and packReport puts its XML in that paragraph's place in word/document.xml.
import { randomUUID } from 'node:crypto';
import { Paragraph, TextRun } from 'docx';

export class RawXmlParts {
  private readonly parts = new Map<string, string>();
  // Random per report, so no text a physician typed can ever be taken for a placeholder.
  private readonly prefix = `medlegal-raw-xml-${randomUUID()}-`;

  /** The paragraph that holds the place of `xml` (one or more body-level elements: paragraphs, tables). */
  placeholder(xml: string): Paragraph {
    const token = `${this.prefix}${this.parts.size}`;
    this.parts.set(token, xml);
    return new Paragraph({ children: [new TextRun(token)] });
  }

  get size(): number {
    return this.parts.size;
  }

  /**
   * document.xml as UTF-8 with every placeholder paragraph replaced by its XML; each must be there exactly once. The
   * pieces are encoded one by one: one string of them all would be copied whole once more first.
   */
  splice(documentXml: string): Buffer<ArrayBuffer> {
    const found = [...this.parts].map(([token, xml]) => {
      const placeholder = `<w:p><w:r><w:t xml:space="preserve">${token}</w:t></w:r></w:p>`;
      const at = documentXml.indexOf(placeholder);
      if (at < 0 || documentXml.indexOf(placeholder, at + 1) >= 0)
        throw new Error('A block of the report was not found once in the document it belongs to.');
      return { at, end: at + placeholder.length, xml };
    });
    const pieces: Buffer<ArrayBuffer>[] = [];
    let from = 0;
    for (const { at, end, xml } of found.sort((a, b) => a.at - b.at)) {
      pieces.push(Buffer.from(documentXml.slice(from, at), 'utf8'), Buffer.from(xml, 'utf8'));
      from = end;
    }
    pieces.push(Buffer.from(documentXml.slice(from), 'utf8'));
    return Buffer.concat(pieces);
  }
}
