// A small, lossless XML tree for editing the parts of a .docx package (letterhead headers, relationships, content
// types): text and attribute values are kept exactly as written (still escaped), so what we do not touch round-trips.
// No DTDs: a part with a DOCTYPE is refused, so no entity can expand.

export interface XmlEl {
  type: 'el';
  name: string;
  /** Attribute values as written in the file (escaped). */
  attrs: [string, string][];
  children: XmlNode[];
}
/** Text, CDATA, comments and processing instructions, kept verbatim. */
export interface XmlRaw {
  type: 'raw';
  raw: string;
  /** True for character data (text or CDATA). */
  text: boolean;
}
export type XmlNode = XmlEl | XmlRaw;

export interface XmlDocument {
  /** The XML declaration and anything else before the root element. */
  prolog: string;
  root: XmlEl;
}

class XmlParseError extends Error {}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ATTR = /\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

export function parseXml(source: string): XmlDocument {
  const xml = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let i = 0;
  const stack: XmlEl[] = [];
  let root: XmlEl | null = null;
  let prolog = '';

  const push = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (node.type === 'raw' && !root) prolog += node.raw;
    else if (node.type === 'raw' && node.raw.trim() !== '' && !node.raw.startsWith('<!--') && !node.raw.startsWith('<?')) {
      throw new XmlParseError('text outside the root element');
    }
  };

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      push({ type: 'raw', raw: xml.slice(i), text: true });
      break;
    }
    if (lt > i) push({ type: 'raw', raw: xml.slice(i, lt), text: true });
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw new XmlParseError('unterminated comment');
      push({ type: 'raw', raw: xml.slice(lt, end + 3), text: false });
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) throw new XmlParseError('unterminated CDATA section');
      push({ type: 'raw', raw: xml.slice(lt, end + 3), text: true });
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) throw new XmlParseError('unterminated processing instruction');
      push({ type: 'raw', raw: xml.slice(lt, end + 2), text: false });
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      throw new XmlParseError('document type declarations are not allowed');
    } else if (xml[lt + 1] === '/') {
      NAME.lastIndex = lt + 2;
      const m = NAME.exec(xml);
      const open = stack.pop();
      if (!m || !open || open.name !== m[0]) throw new XmlParseError(`unexpected closing tag at ${lt}`);
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlParseError('unterminated closing tag');
      i = gt + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const m = NAME.exec(xml);
      if (!m) throw new XmlParseError(`bad tag at ${lt}`);
      const el: XmlEl = { type: 'el', name: m[0], attrs: [], children: [] };
      let p = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = p;
        const a = ATTR.exec(xml);
        if (!a) break;
        el.attrs.push([a[1]!, a[3] ?? a[4] ?? '']);
        p = ATTR.lastIndex;
      }
      while (/\s/.test(xml[p] ?? '')) p++;
      const selfClosing = xml.startsWith('/>', p);
      if (!selfClosing && xml[p] !== '>') throw new XmlParseError(`bad attribute in <${el.name}>`);
      i = p + (selfClosing ? 2 : 1);
      if (stack.length === 0) {
        if (root) throw new XmlParseError('more than one root element');
        root = el;
      } else push(el);
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length) throw new XmlParseError(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new XmlParseError('no root element');
  return { prolog, root };
}

const escapeAttr = (value: string) =>
  value
    .replace(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');

function serializeEl(el: XmlEl): string {
  const attrs = el.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (el.children.length === 0) return `<${el.name}${attrs}/>`;
  return `<${el.name}${attrs}>${el.children.map((c) => (c.type === 'el' ? serializeEl(c) : c.raw)).join('')}</${el.name}>`;
}

export function serializeXml(doc: XmlDocument): string {
  const prolog = doc.prolog.trim() ? doc.prolog : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  return `${prolog}${serializeEl(doc.root)}`;
}

/** An attribute value as written in the file, unescaped. */
export function attr(el: XmlEl, name: string): string | undefined {
  const found = el.attrs.find(([k]) => k === name);
  return found ? decodeEntities(found[1]) : undefined;
}

export function setAttr(el: XmlEl, name: string, value: string): void {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const found = el.attrs.find(([k]) => k === name);
  if (found) found[1] = escaped;
  else el.attrs.push([name, escaped]);
}

export function element(name: string, attrs: Record<string, string> = {}): XmlEl {
  const el: XmlEl = { type: 'el', name, attrs: [], children: [] };
  for (const [k, v] of Object.entries(attrs)) setAttr(el, k, v);
  return el;
}

export const childElements = (el: XmlEl, name?: string): XmlEl[] =>
  el.children.filter((c): c is XmlEl => c.type === 'el' && (name === undefined || c.name === name));

export function firstChild(el: XmlEl, name: string): XmlEl | undefined {
  return childElements(el, name)[0];
}

/** Every element below (and including) el, depth first. */
export function* descendants(el: XmlEl): Generator<XmlEl> {
  yield el;
  for (const c of el.children) if (c.type === 'el') yield* descendants(c);
}

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/** The visible text of WordprocessingML: w:t runs, tabs as spaces, one line per paragraph. */
export function wordText(el: XmlEl): string {
  const lines: string[] = [];
  let line = '';
  const walk = (e: XmlEl) => {
    if (e.name === 'w:t') {
      for (const c of e.children)
        if (c.type === 'raw' && c.text) line += c.raw.startsWith('<![CDATA[') ? c.raw.slice(9, -3) : decodeEntities(c.raw);
      return;
    }
    if (e.name === 'w:tab') line += ' ';
    if (e.name === 'w:br' || e.name === 'w:cr') line += ' ';
    for (const c of e.children) if (c.type === 'el') walk(c);
    if (e.name === 'w:p') {
      lines.push(line.replace(/\s+/g, ' ').trim());
      line = '';
    }
  };
  walk(el);
  if (line.trim()) lines.push(line.trim());
  return lines.filter(Boolean).join('\n');
}
