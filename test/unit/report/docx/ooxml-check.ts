// A strict XML well-formedness check and an ECMA-376 child-order check for the WordprocessingML parts we generate.
//
// Why not the XSDs: no npm package ships the OOXML schemas, and the docx project validates its demos with xmllint
// against XSDs committed to its own repository, which we do not vendor. A schema validator without the schemas checks
// nothing, so this file checks what breaks Word in practice: malformed XML, undeclared prefixes, and the child order of
// the property elements whose content model is an xsd:sequence (w:pPr, w:rPr, w:tblPr, w:tcPr, w:sectPr), plus the
// structural rules Word enforces (pPr/rPr first, tblPr then tblGrid, a cell ending in a paragraph, sectPr last).
// The orders are ECMA-376 Part 1, §17 (CT_PPrBase, EG_RPrBase as the sequence of the 1st edition, CT_TblPrBase,
// CT_TcPrBase, EG_SectPrContents).

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Byte offset of the start tag, for error messages. */
  at: number;
}

class XmlError extends Error {}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const REF = /^&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, supplementary planes (as surrogate pairs).
const BAD_CHAR =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot hold is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(text: string, at: number, where: string) {
  const bad = BAD_CHAR.exec(text);
  if (bad)
    throw new XmlError(
      `Character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML (${where} at ${at + bad.index}).`,
    );
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const ref = REF.exec(text.slice(i, i + 12));
    if (!ref) throw new XmlError(`A bare "&" is not a valid reference (${where} at ${at + i}).`);
    const code = ref[0].startsWith('&#x')
      ? parseInt(ref[0].slice(3, -1), 16)
      : ref[0].startsWith('&#')
        ? parseInt(ref[0].slice(2, -1), 10)
        : 0x20;
    if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd)
      throw new XmlError(`Reference ${ref[0]} names a character XML forbids (${where} at ${at + i}).`);
  }
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, r: string) => {
    if (r === 'lt') return '<';
    if (r === 'gt') return '>';
    if (r === 'amp') return '&';
    if (r === 'quot') return '"';
    if (r === 'apos') return "'";
    return String.fromCodePoint(r.startsWith('#x') ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10));
  });
}

/** Parses the XML, throwing XmlError at the first well-formedness or namespace error. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: Array<{ el: XmlElement; ns: Map<string, string> }> = [];
  let root: XmlElement | null = null;
  const rootNs = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  const nsOf = () => stack[stack.length - 1]?.ns ?? rootNs;

  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length === 0) {
        if (text.trim()) throw new XmlError(`Text outside the root element at ${i}.`);
      } else {
        checkText(text, i, 'text');
        if (text.includes(']]>')) throw new XmlError(`"]]>" in text at ${i}.`);
        stack[stack.length - 1]!.el.text += decode(text);
      }
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new XmlError(`Unclosed processing instruction at ${i}.`);
      if (xml.startsWith('<?xml ', i) && i > 1) throw new XmlError(`XML declaration not at the start (at ${i}).`);
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0 || xml.slice(i + 4, end).includes('--')) throw new XmlError(`Malformed comment at ${i}.`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) throw new XmlError(`CDATA outside the root element at ${i}.`);
      const end = xml.indexOf(']]>', i);
      if (end < 0) throw new XmlError(`Unclosed CDATA at ${i}.`);
      stack[stack.length - 1]!.el.text += xml.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<!', i))
      throw new XmlError(`Unexpected markup declaration at ${i} (a DOCTYPE has no place in an OOXML part).`);
    const gt = findTagEnd(xml, i);
    const raw = xml.slice(i + 1, gt);
    if (raw.startsWith('/')) {
      const name = raw.slice(1).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`End tag </${name}> without a start tag at ${i}.`);
      if (open.el.name !== name)
        throw new XmlError(`End tag </${name}> at ${i} does not match <${open.el.name}> at ${open.el.at}.`);
      i = gt + 1;
      continue;
    }
    const selfClosing = raw.endsWith('/');
    const body = selfClosing ? raw.slice(0, -1) : raw;
    const nameMatch = /^[^\s/>]+/.exec(body);
    const name = nameMatch?.[0] ?? '';
    if (!NAME.test(name)) throw new XmlError(`Invalid element name "${name}" at ${i}.`);
    const attrs: Record<string, string> = {};
    const attrText = body.slice(name.length);
    const attrRe = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
    let last = 0;
    for (let m = attrRe.exec(attrText); m; m = attrRe.exec(attrText)) {
      const attrName = m[1]!;
      if (!NAME.test(attrName)) throw new XmlError(`Invalid attribute name "${attrName}" on <${name}> at ${i}.`);
      if (attrName in attrs) throw new XmlError(`Attribute ${attrName} repeated on <${name}> at ${i}.`);
      const value = m[3] ?? m[4] ?? '';
      if (value.includes('<')) throw new XmlError(`"<" in the value of ${attrName} on <${name}> at ${i}.`);
      checkText(value, i, `attribute ${attrName}`);
      attrs[attrName] = decode(value);
      last = attrRe.lastIndex;
    }
    if (attrText.slice(last).trim())
      throw new XmlError(`Malformed attributes on <${name}> at ${i}: "${attrText.slice(last).trim().slice(0, 40)}".`);

    const ns = new Map(nsOf());
    for (const [k, v] of Object.entries(attrs)) if (k.startsWith('xmlns:')) ns.set(k.slice(6), v);
    const undeclared = [name, ...Object.keys(attrs).filter((k) => !k.startsWith('xmlns'))]
      .map((n) => (n.includes(':') ? n.split(':')[0]! : null))
      .find((p) => p !== null && !ns.has(p));
    if (undeclared) throw new XmlError(`Prefix "${undeclared}" is not declared (on <${name}> at ${i}).`);

    const el: XmlElement = { name, attrs, children: [], text: '', at: i };
    if (stack.length) stack[stack.length - 1]!.el.children.push(el);
    else if (root) throw new XmlError(`A second root element <${name}> at ${i}.`);
    else root = el;
    if (!selfClosing) stack.push({ el, ns });
    i = gt + 1;
  }
  if (stack.length)
    throw new XmlError(`<${stack[stack.length - 1]!.el.name}> at ${stack[stack.length - 1]!.el.at} is never closed.`);
  if (!root) throw new XmlError('The part has no root element.');
  return root;
}

function findTagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let j = from + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') throw new XmlError(`"<" inside the tag that starts at ${from}.`);
    else if (c === '>') return j;
  }
  throw new XmlError(`Unclosed tag at ${from}.`);
}

const w = (names: string) =>
  names
    .trim()
    .split(/\s+/)
    .map((n) => `w:${n}`);

const P_PR_BASE = w(`pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs
  suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid
  spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle`);
const R_PR_BASE = w(`rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid
  vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang
  eastAsianLayout specVanish oMath`);
const TBL_PR = w(`tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd
  tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange`);
const TC_PR = w(`cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark headers
  cellIns cellDel cellMerge tcPrChange`);
const SECT_PR = w(`footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols formProt vAlign noEndnote
  titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange`);

/** Child sequences: each child must be one of these, in this order, at most once. */
const SEQUENCES: Record<string, string[]> = {
  'w:pPr': [...P_PR_BASE, ...w('rPr sectPr pPrChange')],
  // In a paragraph mark's rPr the track-change markers come first (CT_ParaRPr); elsewhere they never appear.
  'w:rPr': [...w('ins del moveFrom moveTo'), ...R_PR_BASE, 'w:rPrChange'],
  'w:tblPr': TBL_PR,
  'w:tcPr': TC_PR,
  // Header and footer references (up to six, in any order among themselves) come before the section properties.
  'w:sectPr': [...w('headerReference footerReference'), ...SECT_PR],
};
const REPEATABLE = new Set(['w:headerReference', 'w:footerReference']);

export interface OrderProblem {
  path: string;
  message: string;
}

/** Checks the child order of the sequence elements and the structural rules Word enforces; returns every problem. */
export function checkElementOrder(root: XmlElement): OrderProblem[] {
  const problems: OrderProblem[] = [];
  const visit = (el: XmlElement, path: string) => {
    const here = `${path}/${el.name}`;
    const seq = SEQUENCES[el.name];
    if (seq) {
      let last = -1;
      const seen = new Set<string>();
      for (const child of el.children) {
        let index = seq.indexOf(child.name);
        // Header/footer references share one slot of the sequence.
        if (child.name === 'w:footerReference') index = seq.indexOf('w:headerReference');
        if (index < 0) problems.push({ path: here, message: `<${child.name}> is not allowed in <${el.name}>.` });
        else if (index < last)
          problems.push({ path: here, message: `<${child.name}> comes after <${seq[last]}>, but the schema puts it before.` });
        else if (seen.has(child.name) && !REPEATABLE.has(child.name))
          problems.push({ path: here, message: `<${child.name}> appears twice.` });
        seen.add(child.name);
        last = Math.max(last, index);
      }
    }
    const names = el.children.map((c) => c.name);
    const firstOnly = (name: string) => {
      const at = names.indexOf(name);
      if (at > 0) problems.push({ path: here, message: `<${name}> must be the first child of <${el.name}>.` });
    };
    switch (el.name) {
      case 'w:p':
        firstOnly('w:pPr');
        break;
      case 'w:r':
        firstOnly('w:rPr');
        break;
      case 'w:tbl':
        if (names[0] !== 'w:tblPr' || names[1] !== 'w:tblGrid')
          problems.push({ path: here, message: '<w:tbl> must start with <w:tblPr> then <w:tblGrid>.' });
        if (!names.includes('w:tr')) problems.push({ path: here, message: '<w:tbl> has no rows.' });
        break;
      case 'w:tr': {
        const props = names.filter((n) => n === 'w:tblPrEx' || n === 'w:trPr');
        const expected = names.slice(0, props.length);
        if (props.join() !== expected.join() || (props.length === 2 && props[0] !== 'w:tblPrEx'))
          problems.push({ path: here, message: '<w:tblPrEx> and <w:trPr> must open the row, in that order.' });
        if (!names.includes('w:tc')) problems.push({ path: here, message: '<w:tr> has no cells.' });
        break;
      }
      case 'w:tc':
        firstOnly('w:tcPr');
        if (names[names.length - 1] !== 'w:p') problems.push({ path: here, message: 'A table cell must end with a paragraph.' });
        break;
      case 'w:body': {
        const at = names.indexOf('w:sectPr');
        if (at >= 0 && at !== names.length - 1)
          problems.push({ path: here, message: '<w:sectPr> must be the last child of <w:body>.' });
        break;
      }
    }
    el.children.forEach((c, i) => visit(c, `${here}[${i}]`));
  };
  visit(root, '');
  return problems;
}

/** Pretty-printed XML, one element per line, for readable golden files and diffs. */
export function prettyXml(el: XmlElement, indent = ''): string {
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    .join('');
  const text = el.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (el.children.length === 0)
    return text ? `${indent}<${el.name}${attrs}>${text}</${el.name}>` : `${indent}<${el.name}${attrs}/>`;
  const inner = el.children.map((c) => prettyXml(c, `${indent}  `)).join('\n');
  return `${indent}<${el.name}${attrs}>\n${inner}\n${indent}</${el.name}>`;
}
