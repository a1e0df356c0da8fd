// Builds a report in memory and reads its parts back (unzipped), and normalises XML for golden comparisons
// so ids, revision ids and dates do not make them brittle.
import JSZip from 'jszip';
import { buildTemplateReport, type RenderOptions } from '../../../../electron/backend/report/docx/build-template-report';
import { packReport } from '../../../../electron/backend/report/docx/pack-report';
import type { GeneratorData } from '../../../../electron/backend/report/docx/generator-data';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import type { ReportContext } from '../../../../electron/common/report/template-values';
import type { Template } from '../../../../electron/common/template/template-schema';
import { parseXml, prettyXml, type XmlElement } from './ooxml-check';

export interface BuiltReport {
  buffer: Buffer;
  parts: Map<string, string>;
  warnings: string[];
  documentXml: string;
}

export async function docxParts(buffer: Buffer | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    // Binary parts (images) are listed by name only.
    if (!file.dir) parts.set(name, /\.(xml|rels)$/.test(name) ? await file.async('string') : '');
  }
  return parts;
}

export async function buildReport(
  template: Template,
  ctx: ReportContext,
  documents: Map<string, RichDocument>,
  options: RenderOptions,
  tables: GeneratorData = {},
): Promise<BuiltReport> {
  const built = buildTemplateReport({ template, ...ctx, documents, tables }, options);
  const { warnings } = built;
  const buffer = await packReport(built);
  const parts = await docxParts(buffer);
  return { buffer, parts, warnings, documentXml: parts.get('word/document.xml')! };
}

const VOLATILE_ATTR = /^(w:rsid\w*|w14:paraId|w14:textId)$/;
const ID_ATTR = /^(id|r:id|r:embed|w:id)$/;

/** Drops revision ids and replaces generated ids with a placeholder, recursively. */
function normalize(el: XmlElement): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(el.attrs)) {
    if (VOLATILE_ATTR.test(k)) continue;
    attrs[k] = ID_ATTR.test(k) ? '#' : k === 'w:date' || k.startsWith('dcterms') ? '#date' : v;
  }
  return { ...el, attrs, children: el.children.map(normalize) };
}

function paragraphStyle(el: XmlElement): string | undefined {
  const pPr = el.children.find((c) => c.name === 'w:pPr');
  return pPr?.children.find((c) => c.name === 'w:pStyle')?.attrs['w:val'];
}

export function elementText(el: XmlElement): string {
  return el.name === 'w:t' ? el.text : el.children.map(elementText).join('');
}

function bodyOf(documentXml: string): XmlElement[] {
  const body = parseXml(documentXml).children.find((c) => c.name === 'w:body');
  if (!body) throw new Error('document.xml has no body');
  return body.children.filter((c) => c.name !== 'w:sectPr');
}

const isHeading1 = (el: XmlElement) => el.name === 'w:p' && paragraphStyle(el) === 'Heading1';

/** The caption: everything in the body before the first Heading 1, normalised and pretty-printed. */
export function captionXml(documentXml: string): string {
  const body = bodyOf(documentXml);
  const end = body.findIndex(isHeading1);
  return (
    body
      .slice(0, end < 0 ? body.length : end)
      .map((e) => prettyXml(normalize(e)))
      .join('\n') + '\n'
  );
}

/** One section: its Heading 1 and what follows up to the next Heading 1, normalised and pretty-printed. */
export function sectionXml(documentXml: string, title: string): string {
  const body = bodyOf(documentXml);
  const start = body.findIndex((e) => isHeading1(e) && elementText(e) === title);
  if (start < 0) throw new Error(`No section headed "${title}"`);
  let end = body.findIndex((e, i) => i > start && isHeading1(e));
  if (end < 0) end = body.length;
  return (
    body
      .slice(start, end)
      .map((e) => prettyXml(normalize(e)))
      .join('\n') + '\n'
  );
}

/** Heading 1 texts of the body, in order. */
export function headings(documentXml: string): string[] {
  return bodyOf(documentXml).filter(isHeading1).map(elementText);
}

/** All visible text of a part, paragraphs separated by newlines. */
export function partText(xml: string): string {
  const lines: string[] = [];
  const walk = (el: XmlElement) => {
    if (el.name === 'w:p') lines.push(elementText(el));
    else el.children.forEach(walk);
  };
  walk(parseXml(xml));
  return lines.join('\n');
}
