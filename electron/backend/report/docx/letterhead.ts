// The physician's own .docx as letterhead: read and check it once (when chosen), then put each report inside it.
// The docx library cannot import another document's headers, so the packed report is post-processed: the letterhead's
// header and footer parts (cleaned of tracked changes, comments, hidden text and identifying fields) are merged into
// ours, with their relationships and pictures copied and content types added. Its styles and theme go in at build time.
//
// Page furniture with a letterhead (the choice, documented for the physician in the settings page):
// - page 1: the letterhead's first-page header when it has one ("Different first page" in Word), else its header;
//   the report's own page-1 header is empty (the caption serves), so nothing of ours is replaced there;
// - later pages: the letterhead's header (none when it only has a first-page one), then our running header line;
// - every page: the letterhead's footer, then our "Page X of Y", unless the letterhead footer numbers pages itself;
// - top/bottom margins and header/footer distances from the letterhead; left/right stay 1 inch, because the report's
//   tables have absolute widths.
import { readTheme, type IPropertiesOptions, type IStylesOptions, type IThemeOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, type Unzipped } from 'fflate';
import { AppFailure } from '../../../common/errors';
import {
  attr,
  childElements,
  descendants,
  element,
  firstChild,
  parseXml,
  serializeXml,
  setAttr,
  wordText,
  type XmlDocument,
  type XmlEl,
  type XmlNode,
} from './xml-tree';
import { REPORT_STYLES } from './styles';
import type { ExportWarnings } from './warnings';
import { zipPackage } from './zip-package';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = {
  header: `${REL_NS}/header`,
  footer: `${REL_NS}/footer`,
  image: `${REL_NS}/image`,
  hyperlink: `${REL_NS}/hyperlink`,
} as const;
/** Unzipped size beyond which a letterhead is refused (a zip bomb, not a letterhead). */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

export type PartSlot = 'default' | 'first';

interface Rel {
  id: string;
  type: string;
  /** Package path ("word/media/image1.png") for internal targets, the URL for external ones. */
  target: string;
  external: boolean;
}

export interface LetterheadPart {
  /** The part's XML after cleaning. */
  xml: string;
  rels: Rel[];
  /** The footer prints its own page number (a PAGE field). */
  hasPageField: boolean;
  text: string;
}

export interface Letterhead {
  fileName: string;
  headers: Partial<Record<PartSlot, LetterheadPart>>;
  footers: Partial<Record<PartSlot, LetterheadPart>>;
  /** Word's "Different first page": page 1 shows the first-page header and footer (or none). */
  titlePage: boolean;
  stylesXml: string | null;
  styleIds: ReadonlySet<string>;
  hasDocDefaults: boolean;
  theme: IThemeOptions | undefined;
  /** Twips, from the letterhead's page setup. */
  margins: { top?: number; bottom?: number; header?: number; footer?: number };
  /** Pictures the headers and footers use, by package path. */
  media: ReadonlyMap<string, Unzipped[string]>;
  contentTypes: { defaults: ReadonlyMap<string, string>; overrides: ReadonlyMap<string, string> };
  bodyFont: string | null;
  bodySizePt: number | null;
}

function refuse(fileName: string, problem: string, fix: string): never {
  throw new AppFailure('invalid-file', `The letterhead "${fileName}" ${problem}. ${fix}`);
}

const AS_DOCX = 'Choose a Word document (.docx) whose header holds your letterhead.';

const resolveTarget = (fromDir: string, target: string): string => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromDir ? fromDir.split('/') : [];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
};

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const relsPathOf = (part: string) => `${dirOf(part) ? `${dirOf(part)}/` : ''}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

function readRels(files: Unzipped, part: string): Rel[] {
  const bytes = files[relsPathOf(part)];
  if (!bytes) return [];
  const root = parseXml(strFromU8(bytes)).root;
  return childElements(root, 'Relationship').map((r) => {
    const external = attr(r, 'TargetMode') === 'External';
    const target = attr(r, 'Target') ?? '';
    return {
      id: attr(r, 'Id') ?? '',
      type: attr(r, 'Type') ?? '',
      target: external ? target : resolveTarget(dirOf(part), target),
      external,
    };
  });
}

/** Prefixes bound to the relationships namespace on an element (the root, where Word declares them). */
const relPrefixes = (root: XmlEl) =>
  root.attrs.filter(([k, v]) => k.startsWith('xmlns:') && v === REL_NS).map(([k]) => k.slice(6));

const isOn = (el: XmlEl | undefined) => !!el && !['0', 'false', 'off'].includes(attr(el, 'w:val') ?? 'true');

const REMOVE = new Set([
  'w:del',
  'w:moveFrom',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:rPrChange',
  'w:pPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:tcPrChange',
  'w:trPrChange',
  'w:tblGridChange',
  'w:numberingChange',
  'w:moveFromRangeStart',
  'w:moveFromRangeEnd',
  'w:moveToRangeStart',
  'w:moveToRangeEnd',
  'w:customXmlDelRangeStart',
  'w:customXmlDelRangeEnd',
  'w:customXmlInsRangeStart',
  'w:customXmlInsRangeEnd',
  'w:vanish',
  'w:specVanish',
  'w:webHidden',
]);
const UNWRAP = new Set(['w:ins', 'w:moveTo']);
/** Fields whose printed result can carry a user name, a file path or the letterhead's own dates. */
const IDENTIFYING_FIELD =
  /^\s*(FILENAME|AUTHOR|USERNAME|USERINITIALS|USERADDRESS|LASTSAVEDBY|DOCPROPERTY|FILESIZE|TEMPLATE|CREATEDATE|SAVEDATE|PRINTDATE|EDITTIME|INFO)\b/i;

const isHiddenRun = (run: XmlEl) => isOn(firstChild(run, 'w:rPr') && firstChild(firstChild(run, 'w:rPr')!, 'w:vanish'));
const hasChild = (el: XmlEl, name: string) => el.children.some((c) => c.type === 'el' && c.name === name);
const instrOf = (run: XmlEl) =>
  childElements(run, 'w:instrText')
    .map((t) => wordText({ ...t, name: 'w:t' }))
    .join('');

/** Drops the runs of identifying complex fields (begin … end) among one element's children. */
function dropIdentifyingFields(children: XmlNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  let pending: XmlNode[] | null = null;
  let depth = 0;
  let instr = '';
  for (const node of children) {
    const fld = node.type === 'el' && node.name === 'w:r' ? firstChild(node, 'w:fldChar') : undefined;
    const kind = fld ? attr(fld, 'w:fldCharType') : undefined;
    if (pending === null) {
      if (kind === 'begin') {
        pending = [node];
        depth = 1;
        instr = '';
      } else out.push(node);
      continue;
    }
    pending.push(node);
    if (node.type === 'el' && node.name === 'w:r' && depth === 1) instr += instrOf(node);
    if (kind === 'begin') depth++;
    if (kind === 'end' && --depth === 0) {
      if (!IDENTIFYING_FIELD.test(instr)) out.push(...pending);
      pending = null;
    }
  }
  if (pending) out.push(...pending);
  return out;
}

/** Removes tracked changes, comments, hidden text and identifying fields, in place. */
function cleanWordXml(el: XmlEl): void {
  const next: XmlNode[] = [];
  for (const child of el.children) {
    if (child.type !== 'el') {
      next.push(child);
      continue;
    }
    if (REMOVE.has(child.name)) continue;
    if (child.name === 'w:r' && (hasChild(child, 'w:commentReference') || isHiddenRun(child))) continue;
    if (child.name === 'w:fldSimple' && IDENTIFYING_FIELD.test(attr(child, 'w:instr') ?? '')) continue;
    cleanWordXml(child);
    if (UNWRAP.has(child.name)) next.push(...child.children);
    else next.push(child);
  }
  el.children = dropIdentifyingFields(next);
}

const hasPageField = (root: XmlEl) =>
  [...descendants(root)].some(
    (e) =>
      (e.name === 'w:fldSimple' && /\bPAGE\b/.test(attr(e, 'w:instr') ?? '')) ||
      (e.name === 'w:instrText' && /\bPAGE\b/.test(wordText({ ...e, name: 'w:t' }))),
  );

function readContentTypes(files: Unzipped) {
  const root = parseXml(strFromU8(files['[Content_Types].xml']!)).root;
  const defaults = new Map(
    childElements(root, 'Default').map((d) => [(attr(d, 'Extension') ?? '').toLowerCase(), attr(d, 'ContentType') ?? '']),
  );
  const overrides = new Map(
    childElements(root, 'Override').map((o) => [(attr(o, 'PartName') ?? '').replace(/^\//, ''), attr(o, 'ContentType') ?? '']),
  );
  return { defaults, overrides };
}

function readPart(
  files: Unzipped,
  path: string,
  fileName: string,
  where: string,
  media: Map<string, Unzipped[string]>,
): LetterheadPart {
  const bytes = files[path];
  if (!bytes)
    refuse(fileName, `is damaged: its ${where} (${path}) is missing`, 'Open it in Word, save it again, and choose it again.');
  let doc: XmlDocument;
  try {
    doc = parseXml(strFromU8(bytes));
  } catch {
    refuse(fileName, `is damaged: its ${where} is not readable XML`, 'Open it in Word, save it again, and choose it again.');
  }
  cleanWordXml(doc.root);
  const rels = readRels(files, path);
  for (const rel of rels) {
    if (rel.external) continue;
    if (rel.type !== REL_TYPE.image) {
      const kind = rel.type.slice(rel.type.lastIndexOf('/') + 1);
      refuse(
        fileName,
        `has something in its ${where} that cannot be carried into a report (${kind})`,
        'Keep only text and pictures in the header and footer, save, and choose it again.',
      );
    }
    const data = files[rel.target];
    if (!data)
      refuse(
        fileName,
        `is damaged: its ${where} uses a picture that is missing from the file (${rel.target})`,
        'Insert the picture again in Word, save, and choose it again.',
      );
    media.set(rel.target, data);
  }
  return { xml: serializeXml(doc), rels, hasPageField: hasPageField(doc.root), text: wordText(doc.root) };
}

function twips(el: XmlEl | undefined, name: string): number | undefined {
  const raw = el ? attr(el, name) : undefined;
  if (raw === undefined || !/^-?\d+$/.test(raw)) return undefined;
  const v = Math.abs(Number(raw));
  return v <= 4320 ? v : undefined;
}

function readStyles(files: Unzipped, theme: IThemeOptions | undefined) {
  const bytes = files['word/styles.xml'];
  if (!bytes) return { stylesXml: null, styleIds: new Set<string>(), hasDocDefaults: false, bodyFont: null, bodySizePt: null };
  const stylesXml = strFromU8(bytes);
  let root: XmlEl;
  try {
    root = parseXml(stylesXml).root;
  } catch {
    return { stylesXml: null, styleIds: new Set<string>(), hasDocDefaults: false, bodyFont: null, bodySizePt: null };
  }
  const styles = childElements(root, 'w:style');
  const styleIds = new Set(styles.map((s) => attr(s, 'w:styleId') ?? '').filter(Boolean));
  const docDefaults = firstChild(root, 'w:docDefaults');
  const defaultRpr = docDefaults && firstChild(firstChild(docDefaults, 'w:rPrDefault') ?? element('x'), 'w:rPr');
  const normal = styles.find((s) => attr(s, 'w:styleId') === 'Normal');
  const normalRpr = normal && firstChild(normal, 'w:rPr');
  const themeBody = typeof theme?.fonts?.body === 'string' ? theme.fonts.body : null;
  const fontOf = (rpr: XmlEl | undefined) => {
    const f = rpr && firstChild(rpr, 'w:rFonts');
    if (!f) return null;
    return attr(f, 'w:ascii') ?? attr(f, 'w:hAnsi') ?? (attr(f, 'w:asciiTheme')?.startsWith('minor') ? themeBody : null) ?? null;
  };
  const sizeOf = (rpr: XmlEl | undefined) => {
    const s = rpr && firstChild(rpr, 'w:sz');
    const v = s ? Number(attr(s, 'w:val')) : NaN;
    return Number.isFinite(v) && v > 0 ? v / 2 : null;
  };
  return {
    stylesXml,
    styleIds,
    hasDocDefaults: !!defaultRpr,
    bodyFont: fontOf(normalRpr) ?? fontOf(defaultRpr),
    bodySizePt: sizeOf(normalRpr) ?? sizeOf(defaultRpr),
  };
}

/** Reads and checks a letterhead; throws AppFailure('invalid-file') naming the file and the problem. */
export function readLetterhead(bytes: Uint8Array, fileName: string): Letterhead {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    refuse(fileName, 'is not a Word .docx file (it is not a zip package; a .doc, .pdf or .rtf file cannot be used)', AS_DOCX);
  }
  let files: Unzipped;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new Error('too large');
        return true;
      },
    });
  } catch {
    refuse(fileName, 'could not be opened: the file is damaged or is not a Word document', AS_DOCX);
  }
  if (!files['[Content_Types].xml'] || !files['word/document.xml']) {
    refuse(fileName, 'is not a Word document: it has no word/document.xml', AS_DOCX);
  }
  let body: XmlEl | undefined;
  try {
    body = firstChild(parseXml(strFromU8(files['word/document.xml'])).root, 'w:body');
  } catch {
    refuse(fileName, 'is damaged: word/document.xml is not readable XML', 'Open it in Word, save it again, and choose it again.');
  }
  const contentTypes = readContentTypes(files);
  const sectPr = body && childElements(body, 'w:sectPr').pop();
  const docRels = readRels(files, 'word/document.xml');
  const media = new Map<string, Unzipped[string]>();
  const headers: Letterhead['headers'] = {};
  const footers: Letterhead['footers'] = {};
  for (const ref of sectPr ? childElements(sectPr) : []) {
    const kind = ref.name === 'w:headerReference' ? 'header' : ref.name === 'w:footerReference' ? 'footer' : null;
    if (!kind) continue;
    const slot = attr(ref, 'w:type') ?? 'default';
    if (slot !== 'default' && slot !== 'first') continue;
    const idAttr = ref.attrs.find(([k]) => k.endsWith(':id') && k !== 'w:id');
    const rel = docRels.find((r) => r.id === (idAttr ? attr(ref, idAttr[0]) : undefined) && r.type === REL_TYPE[kind]);
    if (!rel) continue;
    const part = readPart(files, rel.target, fileName, slot === 'first' ? `first-page ${kind}` : kind, media);
    (kind === 'header' ? headers : footers)[slot] = part;
  }
  const hasAny =
    [headers.default, headers.first, footers.default, footers.first].some((p) => p && p.text.trim() !== '') || media.size > 0;
  if (!hasAny) {
    refuse(
      fileName,
      'has no header or footer, so there is nothing to print as letterhead',
      'Open it in Word, put the practice name and address in the header (Insert → Header), save, and choose it again.',
    );
  }
  let theme: IThemeOptions | undefined;
  if (Object.keys(files).some((n) => /^word\/theme\/theme\d*\.xml$/.test(n))) {
    try {
      theme = readTheme(bytes);
    } catch {
      theme = undefined;
    }
  }
  const pgMar = sectPr && firstChild(sectPr, 'w:pgMar');
  return {
    fileName,
    headers,
    footers,
    titlePage: isOn(sectPr && firstChild(sectPr, 'w:titlePg')),
    ...readStyles(files, theme),
    theme,
    margins: {
      top: twips(pgMar, 'w:top'),
      bottom: twips(pgMar, 'w:bottom'),
      header: twips(pgMar, 'w:header'),
      footer: twips(pgMar, 'w:footer'),
    },
    media,
    contentTypes,
  };
}

/** The letterhead part printed in one of the report's slots (see the page-furniture notes at the top). */
export function letterheadPartFor(lh: Letterhead, kind: 'header' | 'footer', slot: PartSlot): LetterheadPart | undefined {
  const parts = kind === 'header' ? lh.headers : lh.footers;
  if (slot === 'first') return lh.titlePage ? parts.first : parts.default;
  return parts.default;
}

/** Paragraphs and tables with something to print (text, a field, a picture or a watermark). */
const hasContent = (el: XmlEl) =>
  [...descendants(el)].some((e) => ['w:t', 'w:fldChar', 'w:fldSimple', 'w:drawing', 'w:pict', 'w:object'].includes(e.name));

interface MergeContext {
  files: Unzipped;
  lh: Letterhead;
  /** Letterhead package path → copied package path. */
  copied: Map<string, string>;
  contentTypes: XmlDocument;
  warnings: ExportWarnings;
  /** Next id for a letterhead drawing, above any the report itself uses. */
  nextDrawingId: number;
}

function ensureContentType(ctx: MergeContext, sourcePath: string, newPath: string) {
  const root = ctx.contentTypes.root;
  const ext = newPath.slice(newPath.lastIndexOf('.') + 1).toLowerCase();
  const hasDefault = childElements(root, 'Default').some((d) => (attr(d, 'Extension') ?? '').toLowerCase() === ext);
  if (hasDefault) return;
  const override = ctx.lh.contentTypes.overrides.get(sourcePath);
  const byExt = ctx.lh.contentTypes.defaults.get(ext);
  if (override) root.children.push(element('Override', { PartName: `/${newPath}`, ContentType: override }));
  else if (byExt) root.children.unshift(element('Default', { Extension: ext, ContentType: byExt }));
}

function copyMedia(ctx: MergeContext, sourcePath: string): string {
  const known = ctx.copied.get(sourcePath);
  if (known) return known;
  const base = sourcePath.slice(sourcePath.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9._-]/g, '_');
  let candidate = `word/media/letterhead-${base}`;
  for (let n = 2; ctx.files[candidate]; n++) candidate = `word/media/letterhead-${n}-${base}`;
  ctx.files[candidate] = ctx.lh.media.get(sourcePath)!;
  ctx.copied.set(sourcePath, candidate);
  ensureContentType(ctx, sourcePath, candidate);
  return candidate;
}

function mergePart(ctx: MergeContext, ourPath: string, source: LetterheadPart, kind: 'header' | 'footer', slot: PartSlot): void {
  const ours = parseXml(strFromU8(ctx.files[ourPath]!));
  const theirs = parseXml(source.xml);
  if (theirs.root.name !== ours.root.name) return;

  // Their relationship ids are renamed so they cannot collide with ours in the merged part.
  const relsPath = relsPathOf(ourPath);
  const relsDoc = ctx.files[relsPath]
    ? parseXml(strFromU8(ctx.files[relsPath]))
    : { prolog: '', root: element('Relationships', { xmlns: PKG_REL_NS }) };
  const renamed = new Map<string, string>();
  source.rels.forEach((rel, i) => {
    const id = `rIdLetterhead${slot === 'first' ? 'F' : 'D'}${i + 1}`;
    renamed.set(rel.id, id);
    const target = rel.external ? rel.target : copyMedia(ctx, rel.target).slice('word/'.length);
    relsDoc.root.children.push(
      element('Relationship', { Id: id, Type: rel.type, Target: target, ...(rel.external ? { TargetMode: 'External' } : {}) }),
    );
  });
  const prefixes = relPrefixes(theirs.root);
  for (const el of descendants(theirs.root)) {
    // Drawing ids must be unique in the whole document, and paragraph ids too; the letterhead's could repeat ours
    // (or each other, when one letterhead header fills two slots), so drawings are renumbered and paragraph ids dropped.
    if (el.name.endsWith(':docPr')) setAttr(el, 'id', String(ctx.nextDrawingId++));
    el.attrs = el.attrs.filter(([name]) => name !== 'w14:paraId' && name !== 'w14:textId');
    for (const pair of el.attrs) {
      const [name, value] = pair;
      const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
      if ((prefixes.includes(prefix) || name === 'o:relid') && renamed.has(value)) pair[1] = renamed.get(value)!;
    }
  }

  // Our namespace declarations go on the merged root; a prefix they bind differently is redeclared on our elements.
  const theirNs = new Map(theirs.root.attrs.filter(([k]) => k.startsWith('xmlns')));
  const conflicting: [string, string][] = [];
  for (const [k, v] of ours.root.attrs) {
    if (!k.startsWith('xmlns')) continue;
    if (!theirNs.has(k)) theirs.root.attrs.push([k, v]);
    else if (theirNs.get(k) !== v) conflicting.push([k, v]);
  }
  let ourBlocks = childElements(ours.root).filter(hasContent);
  if (kind === 'footer' && source.hasPageField) {
    ourBlocks = ourBlocks.filter((b) => ![...descendants(b)].some((e) => e.name === 'w:fldChar'));
    ctx.warnings.add('Your letterhead’s footer numbers the pages itself, so the report’s own “Page X of Y” was left out.');
  }
  for (const block of ourBlocks) for (const [k, v] of conflicting) block.attrs.push([k, v]);
  theirs.root.children.push(...ourBlocks);
  ctx.files[ourPath] = strToU8(serializeXml(theirs));
  ctx.files[relsPath] = strToU8(serializeXml(relsDoc));
}

/** Puts a packed report inside the letterhead (headers, footers and their pictures); the body is not touched. */
export function applyLetterhead(report: Uint8Array, lh: Letterhead, warnings: ExportWarnings): Uint8Array {
  const files = unzipSync(report);
  return mergeLetterhead(files, lh, warnings) ? zipPackage(files) : report;
}

/**
 * The section properties that close the body: where the report's header and footer references are. Read from the end of
 * the text, so a body of several megabytes (thousands of records) is not parsed for them.
 */
function finalSectionProperties(documentXml: string): XmlEl | undefined {
  const end = documentXml.lastIndexOf('</w:sectPr>');
  const start = documentXml.lastIndexOf('<w:sectPr', end);
  if (end < 0 || start < 0) return undefined;
  // The tree keeps names as written, so the element parses on its own.
  return parseXml(documentXml.slice(start, end + '</w:sectPr>'.length)).root;
}

/** The same as applyLetterhead on the unzipped package, in place; false when the report has no section to merge into. */
export function mergeLetterhead(files: Unzipped, lh: Letterhead, warnings: ExportWarnings): boolean {
  const sectPr = finalSectionProperties(strFromU8(files['word/document.xml']!));
  if (!sectPr) return false;
  const docRels = readRels(files, 'word/document.xml');
  const ctx: MergeContext = {
    files,
    lh,
    copied: new Map(),
    contentTypes: parseXml(strFromU8(files['[Content_Types].xml']!)),
    warnings,
    nextDrawingId: 90_001,
  };
  for (const ref of childElements(sectPr)) {
    const kind = ref.name === 'w:headerReference' ? 'header' : ref.name === 'w:footerReference' ? 'footer' : null;
    const slot = ref && (attr(ref, 'w:type') ?? 'default');
    if (!kind || (slot !== 'default' && slot !== 'first')) continue;
    const rel = docRels.find((r) => r.id === attr(ref, 'r:id'));
    const source = letterheadPartFor(lh, kind, slot);
    if (rel && source && files[rel.target]) mergePart(ctx, rel.target, source, kind, slot);
  }
  files['[Content_Types].xml'] = strToU8(serializeXml(ctx.contentTypes));
  return true;
}

const OWN_HEADING_STYLES = { heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3' } as const;

/**
 * The Document options for styles: without a letterhead (or one without styles) the report's own; with one, the
 * letterhead's styles and theme, plus the report's named paragraph styles and title, and its headings and document
 * defaults only where the letterhead has none. Ours then take the letterhead's font, so they match its body text.
 * The title stays ours: letterheads made in Word carry Word's 28 pt Title, which is not a report title.
 */
export function documentStyleOptions(
  lh: Letterhead | undefined,
): Pick<IPropertiesOptions, 'styles' | 'externalStyles' | 'theme'> {
  if (!lh?.stylesXml) return { styles: REPORT_STYLES, ...(lh?.theme ? { theme: lh.theme } : {}) };
  const ours = REPORT_STYLES.default ?? {};
  const withoutFont = <T extends { run?: object }>(style: T | undefined): T | undefined =>
    style && ({ ...style, run: { ...style.run, font: undefined } } as T);
  const defaults: NonNullable<IStylesOptions['default']> = {
    ...(lh.hasDocDefaults ? {} : { document: withoutFont(ours.document) }),
    title: withoutFont(ours.title),
    ...Object.fromEntries(
      Object.entries(OWN_HEADING_STYLES)
        .filter(([, id]) => !lh.styleIds.has(id))
        .map(([key]) => [key, withoutFont(ours[key as keyof typeof OWN_HEADING_STYLES])]),
    ),
  };
  return {
    externalStyles: lh.stylesXml,
    styles: { default: defaults, paragraphStyles: REPORT_STYLES.paragraphStyles, characterStyles: REPORT_STYLES.characterStyles },
    ...(lh.theme ? { theme: lh.theme } : {}),
  };
}
