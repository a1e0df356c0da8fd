// Packs a built report into .docx bytes; keeps the docx library inside backend/export (layer rule).
import { Packer, type Document } from 'docx';

export function packReport(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
