// pdf.js finds page N by reading every page-tree kid before it, and every top-level kid when a file opens, so a PDF
// whose 10,000 pages hang flat under one node costs seconds to open in the viewer. For the viewer only, such a file is
// served with an incremental update appended: a balanced tree over the same page objects, a catalog pointing to it, and
// a cross-reference stream of every object that pdf.js reads without inflating (it decodes Flate in JavaScript: the 10,000
// pages' own took 60 ms). A file this cannot read with certainty (encrypted, unusual filters, not flat) is served as stored.
import zlib from 'node:zlib';

/** Flat trees up to this many pages open quickly enough as they are. */
const FLAT_LIMIT = 256;
/** Kids per node of the balanced tree: pdf.js then reads at most this many dictionaries per level. */
const FAN = 32;
/** The first line of an overlay made the current way; one kept from an earlier version is made again. */
export const OVERLAY_MARK = '%MedLegal page tree 3';

class Tok {
  constructor(
    readonly kind: 'num' | 'name' | 'str' | 'kw' | 'delim',
    readonly raw: string,
  ) {}
}
export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export type Obj = Tok | Ref | Obj[] | Dict;
export type Dict = Map<string, Obj>;

/** The first window of bytes read to parse an object; grown when the object is longer. */
const WINDOW = 4 * 1024;

/** Raised at the end of the text parsed: the object may continue past the window read. */
class EndOfData extends Error {}

/** Reads `length` bytes at `at` (fewer at the end of the file). */
export type ReadAt = (at: number, length: number) => Buffer;

const isWhite = (c: number) => c === 0 || c === 9 || c === 10 || c === 12 || c === 13 || c === 32;
const isDelim = (c: number) => '()<>[]{}/%'.includes(String.fromCharCode(c));

class Parser {
  constructor(
    readonly s: string,
    public at: number,
  ) {}

  private skip() {
    const s = this.s;
    for (;;) {
      while (this.at < s.length && isWhite(s.charCodeAt(this.at))) this.at++;
      if (s[this.at] !== '%') return;
      while (this.at < s.length && s[this.at] !== '\n' && s[this.at] !== '\r') this.at++;
    }
  }

  token(): Tok {
    this.skip();
    const s = this.s;
    const start = this.at;
    const c = s[this.at];
    if (c === undefined) throw new EndOfData('end of data');
    if (c === '<' && s[this.at + 1] === '<') return ((this.at += 2), new Tok('delim', '<<'));
    if (c === '>' && s[this.at + 1] === '>') return ((this.at += 2), new Tok('delim', '>>'));
    if (c === '[' || c === ']') return (this.at++, new Tok('delim', c));
    if (c === '(') {
      let depth = 0;
      for (; ; this.at++) {
        if (this.at >= s.length) throw new EndOfData('end of data');
        const ch = s[this.at];
        if (ch === '\\') this.at++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      this.at++;
      return new Tok('str', s.slice(start, this.at));
    }
    if (c === '<') {
      const end = s.indexOf('>', this.at);
      if (end < 0) throw new EndOfData('end of data');
      this.at = end + 1;
      return new Tok('str', s.slice(start, this.at));
    }
    this.at++;
    while (this.at < s.length && !isWhite(s.charCodeAt(this.at)) && !isDelim(s.charCodeAt(this.at))) this.at++;
    // A word running to the end of the window may go on past it.
    if (this.at >= s.length) throw new EndOfData('end of data');
    const raw = s.slice(start, this.at);
    if (c === '/') return new Tok('name', raw);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw)) return new Tok('num', raw);
    return new Tok('kw', raw);
  }

  object(): Obj {
    const t = this.token();
    if (t.kind === 'delim' && t.raw === '<<') {
      const dict: Dict = new Map();
      for (;;) {
        const key = this.token();
        if (key.kind === 'delim' && key.raw === '>>') return dict;
        if (key.kind !== 'name') throw new Error('dictionary key is not a name');
        dict.set(key.raw.slice(1), this.object());
      }
    }
    if (t.kind === 'delim' && t.raw === '[') {
      const items: Obj[] = [];
      for (;;) {
        const save = this.at;
        const next = this.token();
        if (next.kind === 'delim' && next.raw === ']') return items;
        this.at = save;
        items.push(this.object());
      }
    }
    if (t.kind === 'num' && /^\d+$/.test(t.raw)) {
      // "n g R" is a reference.
      const save = this.at;
      try {
        const gen = this.token();
        const r = this.token();
        if (gen.kind === 'num' && /^\d+$/.test(gen.raw) && r.kind === 'kw' && r.raw === 'R') return new Ref(+t.raw, +gen.raw);
      } catch {
        // the end of the data: a plain number
      }
      this.at = save;
    }
    if (t.kind === 'delim') throw new Error(`unexpected ${t.raw}`);
    return t;
  }

  int(): number {
    const t = this.token();
    if (t.kind !== 'num' || !/^\d+$/.test(t.raw)) throw new Error('expected an integer');
    return +t.raw;
  }

  keyword(word: string) {
    const t = this.token();
    if (t.kind !== 'kw' || t.raw !== word) throw new Error(`expected ${word}`);
  }
}

function write(o: Obj): string {
  if (o instanceof Ref) return `${o.num} ${o.gen} R`;
  if (o instanceof Tok) return o.raw;
  if (Array.isArray(o)) return `[${o.map(write).join(' ')}]`;
  return `<<${[...o].map(([k, v]) => `/${k} ${write(v)}`).join(' ')}>>`;
}

export const num = (o: Obj | undefined): number | null => (o instanceof Tok && o.kind === 'num' ? Number(o.raw) : null);
export const nameOf = (o: Obj | undefined): string | null => (o instanceof Tok && o.kind === 'name' ? o.raw.slice(1) : null);

/** In use at an offset (-1: free), or the index-th object of an object stream; `gen` as the cross-reference gives it. */
type Entry = { type: 1; offset: number; gen: number } | { type: 2; stream: number; index: number };
type ObjectStream = { data: string; nums: number[]; offsets: number[]; first: number };

/** The PDF's objects by number, through its cross-reference sections (tables or streams, newest first). */
export class PdfFile {
  readonly entries = new Map<number, Entry>();
  trailer: Dict | null = null;
  private readonly objStreams = new Map<number, ObjectStream>();

  readonly startXref: number;

  constructor(
    private readonly read: ReadAt,
    private readonly size: number,
  ) {
    const tailAt = Math.max(0, size - 2048);
    const tail = read(tailAt, size - tailAt).toString('latin1') + '\n';
    const mark = tail.lastIndexOf('startxref');
    if (mark < 0) throw new Error('no startxref');
    this.startXref = new Parser(tail, mark + 9).int();
    const seen = new Set<number>();
    const queue = [this.startXref];
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (seen.has(at) || at >= size) throw new Error('bad xref chain');
      seen.add(at);
      const isTable = this.parseAt(at, (p) => {
        const first = p.token();
        return first.kind === 'kw' && first.raw === 'xref';
      });
      let dict: Dict;
      if (isTable) dict = this.parseAt(at, (p) => (p.token(), this.table(p)));
      else {
        const { dict: d, data } = this.streamAt(at);
        if (nameOf(d.get('Type')) !== 'XRef') throw new Error('not an xref stream');
        this.xrefStream(d, data);
        dict = d;
      }
      this.trailer ??= dict;
      const stm = num(dict.get('XRefStm'));
      if (stm !== null) queue.unshift(stm);
      const prev = num(dict.get('Prev'));
      if (prev !== null) queue.push(prev);
    }
  }

  private table(p: Parser): Dict {
    for (;;) {
      const save = p.at;
      const t = p.token();
      if (t.kind === 'kw' && t.raw === 'trailer') break;
      p.at = save;
      const start = p.int();
      const count = p.int();
      for (let i = 0; i < count; i++) {
        const offset = p.int();
        const gen = p.int();
        const type = p.token().raw;
        if (this.entries.has(start + i)) continue;
        this.entries.set(start + i, { type: 1, offset: type === 'n' ? offset : -1, gen });
      }
    }
    const trailer = p.object();
    if (!(trailer instanceof Map)) throw new Error('bad trailer');
    return trailer;
  }

  private xrefStream(dict: Dict, data: Buffer) {
    const w = (dict.get('W') as Obj[] | undefined)?.map((x) => num(x) ?? -1) ?? [];
    if (w.length !== 3 || w.some((x) => x < 0)) throw new Error('bad /W');
    const size = num(dict.get('Size')) ?? 0;
    const index = (dict.get('Index') as Obj[] | undefined)?.map((x) => num(x) ?? 0) ?? [0, size];
    const row = w[0]! + w[1]! + w[2]!;
    let at = 0;
    const field = (n: number, dflt: number) => {
      if (n === 0) return dflt;
      let v = 0;
      for (let i = 0; i < n; i++) v = v * 256 + data[at++]!;
      return v;
    };
    for (let k = 0; k + 1 < index.length; k += 2) {
      for (let i = 0; i < index[k + 1]!; i++) {
        if (at + row > data.length) throw new Error('short xref stream');
        const type = field(w[0]!, 1);
        const a = field(w[1]!, 0);
        const b = field(w[2]!, 0);
        const n = index[k]! + i;
        if (this.entries.has(n)) continue;
        if (type === 1) this.entries.set(n, { type: 1, offset: a, gen: b });
        else if (type === 2) this.entries.set(n, { type: 2, stream: a, index: b });
        else this.entries.set(n, { type: 1, offset: -1, gen: b });
      }
    }
  }

  /** Parses at a file offset from a window of the file, read again larger while the object runs past its end. */
  private parseAt<T>(at: number, parse: (p: Parser) => T): T {
    for (let length = WINDOW; ; length *= 8) {
      const text = this.read(at, Math.min(length, this.size - at)).toString('latin1');
      try {
        return parse(new Parser(text, 0));
      } catch (error) {
        if (!(error instanceof EndOfData) || at + length >= this.size) throw error;
      }
    }
  }

  /** The stream object at a file offset: its dictionary and decoded data. */
  private streamAt(at: number): { dict: Dict; data: Buffer } {
    const { dict, start, length } = this.streamHead(at);
    return { dict, data: decode(dict, this.read(start, length)) };
  }

  /** Where object n's bytes lie in the file: the object itself, or the object stream holding it; null when not found. */
  span(n: number): [number, number] | null {
    const e = this.entries.get(n);
    if (e?.type === 2) return this.span(e.stream);
    if (!e || e.offset < 0) return null;
    const at = e.offset;
    const end = this.parseAt(at, (p) => {
      p.int();
      p.int();
      p.keyword('obj');
      p.object();
      const save = p.at;
      try {
        const t = p.token();
        if (t.kind === 'kw' && t.raw === 'stream') return null;
      } catch (error) {
        // The window ends right after the object: read more, unless the file ends there too.
        if (error instanceof EndOfData && at + p.s.length < this.size) throw error;
      }
      return at + save;
    });
    if (end !== null) return [at, end];
    const head = this.streamHead(at);
    return [at, head.start + head.length];
  }

  private streamHead(at: number): { dict: Dict; start: number; length: number } {
    const { dict, start } = this.parseAt(at, (p) => {
      p.int();
      p.int();
      p.keyword('obj');
      const d = p.object();
      if (!(d instanceof Map)) throw new Error('not a stream');
      p.keyword('stream');
      const text = p.s;
      let from = p.at;
      if (text[from] === '\r') from++;
      if (text[from] === '\n') from++;
      return { dict: d, start: at + from };
    });
    const lengthObj = dict.get('Length');
    const length = lengthObj instanceof Ref ? num(this.get(lengthObj.num)) : num(lengthObj);
    if (length === null) throw new Error('no stream length');
    return { dict, start, length };
  }

  get(n: number): Obj {
    const e = this.entries.get(n);
    if (!e || (e.type === 1 && e.offset < 0)) throw new Error(`object ${n} not found`);
    if (e.type === 1) {
      return this.parseAt(e.offset, (p) => {
        if (p.int() !== n) throw new Error(`object ${n} not at its offset`);
        p.int();
        p.keyword('obj');
        return p.object();
      });
    }
    const os = this.objectStream(e.stream);
    const offset = os.offsets[e.index];
    if (offset === undefined) throw new Error('bad object stream index');
    return new Parser(os.data, os.first + offset).object();
  }

  private objectStream(stream: number): ObjectStream {
    let os = this.objStreams.get(stream);
    if (!os) {
      const at = this.entries.get(stream);
      if (!at || at.type !== 1) throw new Error('object stream not found');
      const { dict, data } = this.streamAt(at.offset);
      const count = num(dict.get('N')) ?? 0;
      const text = data.toString('latin1') + ' ';
      const p = new Parser(text, 0);
      const nums: number[] = [];
      const offsets: number[] = [];
      for (let i = 0; i < count; i++) {
        nums.push(p.int());
        offsets.push(p.int());
      }
      os = { data: text, nums, offsets, first: num(dict.get('First')) ?? 0 };
      this.objStreams.set(stream, os);
    }
    return os;
  }

  /** Where object n is kept: in an object stream (its number), or null for an object of its own. */
  streamOf(n: number): number | null {
    const e = this.entries.get(n);
    return e?.type === 2 ? e.stream : null;
  }

  /** The objects an object stream holds whose newest version is there: each one's number and exact text. */
  streamMembers(stream: number): { num: number; text: string }[] {
    const os = this.objectStream(stream);
    const members: { num: number; text: string }[] = [];
    os.nums.forEach((n, i) => {
      const e = this.entries.get(n);
      if (e?.type !== 2 || e.stream !== stream || e.index !== i) return;
      const end = i + 1 < os.offsets.length ? os.first + os.offsets[i + 1]! : os.data.length;
      members.push({ num: n, text: os.data.slice(os.first + os.offsets[i]!, end).trim() });
    });
    return members;
  }

  resolve(o: Obj | undefined): Obj | undefined {
    return o instanceof Ref ? this.get(o.num) : o;
  }
}

function decode(dict: Dict, raw: Buffer): Buffer {
  const filter = dict.get('Filter');
  const filters = filter === undefined ? [] : Array.isArray(filter) ? filter.map(nameOf) : [nameOf(filter)];
  if (filters.length === 0) return raw;
  if (filters.length !== 1 || filters[0] !== 'FlateDecode') throw new Error('unsupported filter');
  let data = zlib.inflateSync(raw);
  const parms = dict.get('DecodeParms');
  const predictor = parms instanceof Map ? (num(parms.get('Predictor')) ?? 1) : 1;
  if (predictor >= 10) {
    const columns = (parms instanceof Map ? num(parms.get('Columns')) : null) ?? 1;
    const out = Buffer.alloc(Math.floor(data.length / (columns + 1)) * columns);
    const prev = Buffer.alloc(columns);
    for (let r = 0, o = 0; (r + 1) * (columns + 1) <= data.length; r++) {
      const kind = data[r * (columns + 1)];
      for (let c = 0; c < columns; c++) {
        const x = data[r * (columns + 1) + 1 + c]!;
        const left = c > 0 ? out[o + c - 1]! : 0;
        const up = prev[c]!;
        const value = kind === 0 ? x : kind === 1 ? x + left : kind === 2 ? x + up : NaN;
        if (Number.isNaN(value)) throw new Error('unsupported PNG predictor');
        out[o + c] = value & 0xff;
      }
      out.copy(prev, 0, o, o + columns);
      o += columns;
    }
    data = out;
  } else if (predictor !== 1) throw new Error('unsupported predictor');
  return data;
}

/** Bytes needed to write `max` big-endian (at least one). */
const widthOf = (max: number) => {
  let bytes = 1;
  while (max >= 256 ** bytes) bytes++;
  return bytes;
};

/**
 * One row of a cross-reference stream per object 0 to size - 1: a number missing from `entries` (and object 0) is free.
 * `maxGen` caps a free entry's generation (65535 for object 0, by the spec) to the field's width.
 */
function crossReferenceRows(entries: Map<number, Entry>, size: number, maxGen: number): [number, number, number][] {
  const rows: [number, number, number][] = [];
  for (let n = 0; n < size; n++) {
    const e = entries.get(n);
    if (e?.type === 2) rows.push([2, e.stream, e.index]);
    else if (e && e.offset >= 0) rows.push([1, e.offset, e.gen]);
    else rows.push([0, 0, Math.min(n === 0 ? 65535 : (e?.gen ?? 0), maxGen)]);
  }
  return rows;
}

function packRows(rows: [number, number, number][], w: readonly number[]): Buffer {
  const data = Buffer.alloc(rows.length * (w[0]! + w[1]! + w[2]!));
  let at = 0;
  for (const row of rows)
    row.forEach((value, i) => {
      data.writeUIntBE(value, at, w[i]!);
      at += w[i]!;
    });
  return data;
}

/**
 * The bytes to append to a stored PDF so the viewer reads a balanced page tree, or null when the file is served as it
 * is (its tree is small or already nested, or it is something this does not read with certainty).
 */
export function pageTreeOverlay(read: ReadAt, fileSize: number): Buffer | null {
  try {
    const pdf = new PdfFile(read, fileSize);
    const trailer = pdf.trailer!;
    if (trailer.has('Encrypt')) return null;
    const rootRef = trailer.get('Root');
    const size = num(trailer.get('Size'));
    if (!(rootRef instanceof Ref) || size === null) return null;
    const catalog = pdf.get(rootRef.num);
    if (!(catalog instanceof Map)) return null;
    const pages = pdf.resolve(catalog.get('Pages'));
    if (!(pages instanceof Map)) return null;
    const kids = pdf.resolve(pages.get('Kids'));
    const count = num(pdf.resolve(pages.get('Count')));
    // Flat: as many kids as pages, so each kid is a page.
    if (!Array.isArray(kids) || kids.length !== count || kids.length <= FLAT_LIMIT) return null;
    if (!kids.every((k) => k instanceof Ref)) return null;

    // The new tree's root takes the old root's number, so the pages' /Parent (which pdf.js follows for every page it
    // shows, for inherited attributes) leads to a small node instead of the old list of every page.
    const oldRoot = catalog.get('Pages');
    const reused = oldRoot instanceof Ref && oldRoot.gen === 0 ? oldRoot : null;
    let next = size;
    const objects: { num: number; text: string; dict?: Dict }[] = [];
    let level: { ref: Ref; count: number; dict: Dict | null }[] = (kids as Ref[]).map((ref) => ({ ref, count: 1, dict: null }));
    while (level.length > 1) {
      const up: typeof level = [];
      const isRoot = level.length <= FAN;
      for (let i = 0; i < level.length; i += FAN) {
        const group = level.slice(i, i + FAN);
        const total = group.reduce((n, k) => n + k.count, 0);
        const dict: Dict = new Map<string, Obj>([
          ['Type', new Tok('name', '/Pages')],
          ['Kids', group.map((k) => k.ref)],
          ['Count', new Tok('num', String(total))],
        ]);
        const ref = isRoot && reused ? reused : new Ref(next++, 0);
        for (const k of group) k.dict?.set('Parent', ref);
        objects.push({ num: ref.num, text: '', dict });
        up.push({ ref, count: total, dict });
      }
      level = up;
    }
    const root = level[0]!;
    // What pages inherit from the old root stays reachable through their /Parent; copied here for the new root too.
    for (const key of ['Resources', 'MediaBox', 'CropBox', 'Rotate']) {
      const value = pages.get(key);
      if (value !== undefined) root.dict!.set(key, value);
    }
    let catalogNum = rootRef.num;
    if (!reused) {
      const newCatalog: Dict = new Map(catalog);
      newCatalog.set('Pages', root.ref);
      catalogNum = next++;
      objects.push({ num: catalogNum, text: '', dict: newCatalog });
    }
    // pdf.js reads every object of an object stream to take one: the objects kept beside the old root (the first pages,
    // the fonts) are copied out as they are, so the old list of every page is never read at all; so are those kept with
    // the last pages, whose dictionaries pdf.js reads at every opening (it counts its way to the last page).
    const lastLeaf = (kids as Ref[]).slice(Math.floor((kids.length - 1) / FAN) * FAN);
    const streams = new Set([reused, ...lastLeaf].flatMap((ref) => (ref ? [pdf.streamOf(ref.num)] : [])));
    for (const stream of streams)
      if (stream !== null) for (const member of pdf.streamMembers(stream)) if (member.num !== reused?.num) objects.push(member);
    for (const o of objects) if (o.dict) o.text = write(o.dict);
    objects.sort((a, b) => a.num - b.num);

    // pdf.js reads the file's end, then the cross-reference stream it points to; the viewer answers that range with the
    // rest of its run (held-ranges.ts). So what every opening reads comes after the stream: the nodes on the way to the
    // first page, those on the way to the last with all their kids (pdf.js reads each to count pages), the first page and
    // the last leaf's pages, and the other objects copied out (fonts, catalog). The other nodes and pages go before it, so the first reply
    // carries only what opening reads.
    const byNum = new Map(objects.flatMap((o) => (o.dict ? [[o.num, o.dict] as const] : [])));
    const pageIndex = new Map((kids as Ref[]).map((ref, i) => [ref.num, i]));
    const readAtOpen = (n: number) => {
      const i = pageIndex.get(n);
      return i === undefined ? !byNum.has(n) : i === 0 || i >= kids.length - lastLeaf.length;
    };
    const atOpen = new Set(objects.filter((o) => readAtOpen(o.num)).map((o) => o.num)).add(catalogNum).add(root.ref.num);
    for (const last of [true, false]) {
      for (let node = byNum.get(root.ref.num); node;) {
        const children = node.get('Kids') as Ref[];
        for (const child of last ? children : children.slice(0, 1)) if (byNum.has(child.num)) atOpen.add(child.num);
        node = byNum.get((last ? children.at(-1) : children[0])!.num);
      }
    }
    const textOf = (o: { num: number; text: string }) => `${o.num} 0 obj\n${o.text}\nendobj\n`;
    const before = objects.filter((o) => !atOpen.has(o.num));
    const after = objects.filter((o) => atOpen.has(o.num));
    const head = `\n${OVERLAY_MARK}\n${before.map(textOf).join('')}`;
    const tail = after.map(textOf).join('');
    const xrefNum = next++;
    const xrefAt = fileSize + head.length;
    const entries = new Map(pdf.entries);
    entries.set(xrefNum, { type: 1, offset: xrefAt, gen: 0 });
    // Widths from bounds known before the offsets are: no offset lies past the whole overlay at its widest.
    const bound = fileSize + head.length + tail.length + next * 20 + 64 * 1024;
    // Maxima in a loop: spreading 150,000 entries into Math.max overflows the stack.
    let [second, third] = [bound, 0];
    for (const e of entries.values()) {
      second = Math.max(second, e.type === 2 ? e.stream : 0);
      // A free entry's generation only matters if its number is used again, which a viewer never does: capped to fit.
      third = Math.max(third, e.type === 2 ? e.index : e.offset < 0 ? 0 : e.gen);
    }
    const w = [1, widthOf(second), widthOf(third)];
    const dict: Dict = new Map<string, Obj>([
      ['Type', new Tok('name', '/XRef')],
      ['Size', new Tok('num', String(next))],
      ['W', w.map((x) => new Tok('num', String(x)))],
      ['Length', new Tok('num', String(next * (w[0]! + w[1]! + w[2]!)))],
      ['Root', new Ref(catalogNum, 0)],
    ]);
    for (const key of ['Info', 'ID']) {
      const value = trailer.get(key);
      if (value !== undefined) dict.set(key, value);
    }
    const xrefHead = `${xrefNum} 0 obj\n${write(dict)}\nstream\n`;
    const xrefTail = '\nendstream\nendobj\n';
    let at = fileSize + `\n${OVERLAY_MARK}\n`.length;
    for (const o of before) {
      entries.set(o.num, { type: 1, offset: at, gen: 0 });
      at += textOf(o).length;
    }
    at = xrefAt + xrefHead.length + next * (w[0]! + w[1]! + w[2]!) + xrefTail.length;
    for (const o of after) {
      entries.set(o.num, { type: 1, offset: at, gen: 0 });
      at += textOf(o).length;
    }
    return Buffer.concat([
      Buffer.from(head + xrefHead, 'latin1'),
      packRows(crossReferenceRows(entries, next, 256 ** w[2]! - 1), w),
      Buffer.from(`${xrefTail}${tail}startxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
    ]);
  } catch {
    return null;
  }
}
