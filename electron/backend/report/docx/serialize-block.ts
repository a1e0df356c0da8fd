// Rich-text blocks → Word paragraphs. The switch is exhaustive: a new element type fails to compile until it is handled here.
import { HeadingLevel, Paragraph } from 'docx';
import type { BlockElement, RichDocument } from '../../../common/document/doc-model';
import { BULLET_REF, NUMBERED_REF, type ListInstanceAllocator } from './numbering';
import { serializeInline } from './serialize-inline';
import type { ExportWarnings } from './warnings';

export interface BlockContext {
  nextListInstance: ListInstanceAllocator;
  warnings: ExportWarnings;
  /** Heading levels inside a section sit below the section's own heading. */
  headingOffset: 0 | 1;
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function headingFor(level: 0 | 1 | 2, offset: 0 | 1) {
  return HEADING_LEVELS[Math.min(level + offset, 2)]!;
}

function serializeBlock(block: BlockElement, ctx: BlockContext): Paragraph[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: serializeInline(block.children, ctx.warnings) })];
    case 'heading-one':
      return [
        new Paragraph({ heading: headingFor(0, ctx.headingOffset), children: serializeInline(block.children, ctx.warnings) }),
      ];
    case 'heading-two':
      return [
        new Paragraph({ heading: headingFor(1, ctx.headingOffset), children: serializeInline(block.children, ctx.warnings) }),
      ];
    case 'heading-three':
      return [
        new Paragraph({ heading: headingFor(2, ctx.headingOffset), children: serializeInline(block.children, ctx.warnings) }),
      ];
    case 'bulleted-list':
    case 'numbered-list': {
      const reference = block.type === 'bulleted-list' ? BULLET_REF : NUMBERED_REF;
      const instance = ctx.nextListInstance();
      return block.children.map(
        (item) =>
          new Paragraph({
            numbering: { reference, level: item.indent ?? 0, instance },
            children: serializeInline(item.children, ctx.warnings),
          }),
      );
    }
    default: {
      const unhandled: never = block;
      ctx.warnings.add(`A block of an unknown kind (${(unhandled as { type?: string }).type}) was left out.`);
      return [];
    }
  }
}

export function serializeDocument(doc: RichDocument, ctx: BlockContext): Paragraph[] {
  return doc.flatMap((block) => serializeBlock(block, ctx));
}
