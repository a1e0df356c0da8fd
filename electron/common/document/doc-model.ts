// The rich-text document model: plain JSON shared by the Slate editor and the Word exporter.
// Adding an element type here breaks every exhaustive switch until the editor and the export handle it.
import { z } from 'zod';
import { countWords } from '../calc/whole-percent';
import { withoutControlCharacters } from '../util/text-input';

export interface FormattedText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type HeadingType = 'heading-one' | 'heading-two' | 'heading-three';
export type ListType = 'bulleted-list' | 'numbered-list';

export interface ParagraphElement {
  type: 'paragraph';
  children: FormattedText[];
}
export interface HeadingElement {
  type: HeadingType;
  children: FormattedText[];
}
export interface ListItemElement {
  type: 'list-item';
  children: FormattedText[];
  /** Nesting level below the list's first level (Tab in the editor, Word's list level); absent at the first level. */
  indent?: number;
}
export interface ListElement {
  type: ListType;
  children: ListItemElement[];
}

/** Elements that may stand at the top level of a document. */
export type BlockElement = ParagraphElement | HeadingElement | ListElement;
export type DocElement = BlockElement | ListItemElement;
export type RichDocument = BlockElement[];

export const HEADING_TYPES = ['heading-one', 'heading-two', 'heading-three'] as const;
export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;
export const MARKS = ['bold', 'italic', 'underline'] as const;
/** Word numbers list levels 0–8, so a list item nests at most eight levels below the first. */
export const MAX_LIST_INDENT = 8;
export type Mark = (typeof MARKS)[number];

const TextSchema = z.object({
  // Invisible control characters (a form feed pasted from a PDF) cannot be held by Word's XML: dropped here rather than
  // refusing a whole section's autosave over a character the physician cannot see or find.
  // Bounds one string only: above the section cap (3,000,000 in documents.contract), whose message says what to do.
  text: z.string().max(4_000_000).transform(withoutControlCharacters),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
const inlines = z.array(TextSchema).min(1);
const ListItemSchema = z.object({
  type: z.literal('list-item'),
  children: inlines,
  indent: z.number().int().min(1).max(MAX_LIST_INDENT).optional(),
});

const BlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: inlines }),
  z.object({ type: z.enum(HEADING_TYPES), children: inlines }),
  z.object({ type: z.enum(LIST_TYPES), children: z.array(ListItemSchema).min(1) }),
]);

export const RichDocumentSchema = z.array(BlockSchema).min(1).max(50_000);

export function emptyDocument(): RichDocument {
  return [{ type: 'paragraph', children: [{ text: '' }] }];
}

function isListBlock(block: BlockElement): block is ListElement {
  return (LIST_TYPES as readonly string[]).includes(block.type);
}

/** Plain text of a document, one block per line: used for completeness checks and search. */
export function documentPlainText(doc: RichDocument): string {
  const lines: string[] = [];
  for (const block of doc) {
    if (isListBlock(block)) {
      for (const item of block.children) lines.push(item.children.map((t) => t.text).join(''));
    } else {
      lines.push(block.children.map((t) => t.text).join(''));
    }
  }
  return lines.join('\n');
}

/** Words in a document, counted as a word processor does: anything between spaces that has a letter or a digit. */
export function documentWordCount(doc: RichDocument): number {
  return countWords(documentPlainText(doc));
}

export function paragraphsToDocument(paragraphs: string[]): RichDocument {
  if (paragraphs.length === 0) return emptyDocument();
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] }));
}
