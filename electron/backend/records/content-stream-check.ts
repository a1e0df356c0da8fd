// Tells a blank page from one whose content stream is garbage: PDFium draws nothing for both, so when it finds no
// object on a page, this small reader of the file's own structure (xref tables and streams, object streams, Flate)
// looks at the page's raw content. Any doubt (a structure it cannot follow) answers "not garbage": never a false alarm.
import { inflateSync } from 'node:zlib';

type Value = number | boolean | null | string | Name | Ref | Value[] | Dict | Stream;
interface Name {
  name: string;
}
interface Ref {
  num: number;
}
interface Dict {
  dict: Map<string, Value>;
}
interface Stream extends Dict {
  start: number;
  source: Uint8Array;
}
type XrefEntry = { offset: number } | { inStream: number; index: number };

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
/** Operators that draw or set up drawing: a real content stream has some. */
const OPERATORS =
  /(?:^|[\s\]>)])(?:BT|ET|Tj|TJ|Tf|Td|TD|Tm|re|m|l|c|h|f\*?|S|s|B\*?|b\*?|n|W\*?|cm|q|Q|Do|gs|cs|CS|sc|scn|SC|SCN|g|G|rg|RG|k|K|w|J|j|d|BI|sh)(?=[\s[(/<]|$)/;

class Lexer {
  constructor(
    readonly src: Uint8Array,
    public pos: number,
  ) {}
  private skip(): void {
    const s = this.src;
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (WS.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < s.length && s[this.pos] !== 0x0a && s[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }
  word(): string {
    this.skip();
    const start = this.pos;
    while (this.pos < this.src.length && !WS.has(this.src[this.pos]!) && !DELIM.has(this.src[this.pos]!)) this.pos++;
    return Buffer.from(this.src.subarray(start, this.pos)).toString('latin1');
  }
  value(): Value {
    this.skip();
    const s = this.src;
    const c = s[this.pos];
    if (c === undefined) throw new Error('eof');
    if (c === 0x2f) {
      this.pos++;
      return { name: this.word() };
    }
    if (c === 0x5b) {
      this.pos++;
      const out: Value[] = [];
      for (;;) {
        this.skip();
        if (s[this.pos] === 0x5d) {
          this.pos++;
          return out;
        }
        out.push(this.value());
      }
    }
    if (c === 0x3c && s[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const dict = new Map<string, Value>();
      for (;;) {
        this.skip();
        if (s[this.pos] === 0x3e && s[this.pos + 1] === 0x3e) {
          this.pos += 2;
          break;
        }
        const key = this.value();
        if (typeof key !== 'object' || key === null || !('name' in key)) throw new Error('bad key');
        dict.set(key.name, this.value());
      }
      const save = this.pos;
      if (this.word() === 'stream') {
        if (s[this.pos] === 0x0d) this.pos++;
        if (s[this.pos] === 0x0a) this.pos++;
        return { dict, start: this.pos, source: s };
      }
      this.pos = save;
      return { dict };
    }
    if (c === 0x3c) {
      const end = s.indexOf(0x3e, this.pos);
      this.pos = end + 1;
      return '';
    }
    if (c === 0x28) {
      let depth = 0;
      for (; this.pos < s.length; this.pos++) {
        const ch = s[this.pos];
        if (ch === 0x5c) this.pos++;
        else if (ch === 0x28) depth++;
        else if (ch === 0x29 && --depth === 0) break;
      }
      this.pos++;
      return '';
    }
    const w = this.word();
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    const n = Number(w);
    if (w === '' || Number.isNaN(n)) throw new Error(`unexpected ${w}`);
    // "12 0 R" is a reference.
    const save = this.pos;
    const gen = this.word();
    if (/^\d+$/.test(gen) && this.word() === 'R') return { num: n };
    this.pos = save;
    return n;
  }
}

const isDict = (v: Value | undefined): v is Dict => typeof v === 'object' && v !== null && 'dict' in v;
const isRef = (v: Value | undefined): v is Ref => typeof v === 'object' && v !== null && 'num' in v;
const nameOf = (v: Value | undefined) => (typeof v === 'object' && v !== null && 'name' in v ? v.name : null);

export class PdfStructure {
  private readonly xref = new Map<number, XrefEntry>();
  private readonly objStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number>; first: number }>();
  private pages: Ref[] | null = null;
  private root: Value = null;

  constructor(private readonly src: Uint8Array) {
    const tail = Buffer.from(src.subarray(Math.max(0, src.length - 2048))).toString('latin1');
    const at = tail.lastIndexOf('startxref');
    if (at < 0) throw new Error('no startxref');
    let offset = Number(/startxref\s+(\d+)/.exec(tail.slice(at))?.[1]);
    const seen = new Set<number>();
    while (Number.isFinite(offset) && !seen.has(offset)) {
      seen.add(offset);
      const trailer = this.readXref(offset);
      if (this.root === null) this.root = trailer.dict.get('Root') ?? null;
      const prev = trailer.dict.get('Prev');
      offset = typeof prev === 'number' ? prev : NaN;
    }
  }

  private readXref(offset: number): Dict {
    const lx = new Lexer(this.src, offset);
    const save = lx.pos;
    if (lx.word() === 'xref') {
      for (;;) {
        const w = lx.word();
        if (w === 'trailer') return lx.value() as Dict;
        const first = Number(w);
        const count = Number(lx.word());
        for (let i = 0; i < count; i++) {
          const off = Number(lx.word());
          lx.word();
          const kind = lx.word();
          if (kind === 'n' && !this.xref.has(first + i)) this.xref.set(first + i, { offset: off });
        }
      }
    }
    lx.pos = save;
    lx.word(); // object number
    lx.word(); // generation
    lx.word(); // obj
    const stream = lx.value() as Stream;
    const data = this.streamData(stream);
    const w = (stream.dict.get('W') as number[]).map(Number);
    const size = Number(stream.dict.get('Size'));
    const index = (stream.dict.get('Index') as number[] | undefined) ?? [0, size];
    const row = w[0]! + w[1]! + w[2]!;
    let at = 0;
    const field = (p: number, n: number) => {
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 256 + data[p + k]!;
      return v;
    };
    for (let s = 0; s < index.length; s += 2) {
      for (let i = 0; i < index[s + 1]!; i++, at += row) {
        const num = index[s]! + i;
        const type = w[0] ? field(at, w[0]) : 1;
        const a = field(at + w[0]!, w[1]!);
        const b = field(at + w[0]! + w[1]!, w[2]!);
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { offset: a });
        else if (type === 2) this.xref.set(num, { inStream: a, index: b });
      }
    }
    return stream;
  }

  resolve(v: Value | undefined, depth = 0): Value {
    if (!isRef(v)) return v ?? null;
    if (depth > 8) throw new Error('deep reference');
    const entry = this.xref.get(v.num);
    if (!entry) return null;
    if ('offset' in entry) {
      const lx = new Lexer(this.src, entry.offset);
      lx.word();
      lx.word();
      lx.word();
      return this.resolve(lx.value(), depth + 1);
    }
    let os = this.objStreams.get(entry.inStream);
    if (!os) {
      const stream = this.resolve({ num: entry.inStream }, depth + 1) as Stream;
      const data = this.streamData(stream);
      const lx = new Lexer(data, 0);
      const offsets = new Map<number, number>();
      for (let i = 0; i < Number(stream.dict.get('N')); i++) offsets.set(Number(lx.word()), Number(lx.word()));
      os = { data, offsets, first: Number(stream.dict.get('First')) };
      this.objStreams.set(entry.inStream, os);
    }
    const off = os.offsets.get(v.num);
    if (off === undefined) return null;
    return this.resolve(new Lexer(os.data, os.first + off).value(), depth + 1);
  }

  /** The decoded bytes of a stream (Flate with PNG predictors, or none); throws when they cannot be decoded. */
  streamData(stream: Stream): Uint8Array {
    const length = Number(this.resolve(stream.dict.get('Length')));
    const raw = stream.source.subarray(stream.start, stream.start + length);
    const filter = this.resolve(stream.dict.get('Filter'));
    const filters = (Array.isArray(filter) ? filter : filter ? [filter] : []).map((f) => nameOf(f));
    let data: Uint8Array = raw;
    for (const f of filters) {
      if (f === 'FlateDecode') data = inflateSync(data);
      else throw new Error(`filter ${f}`);
    }
    const parms = this.resolve(stream.dict.get('DecodeParms'));
    const predictor = isDict(parms) ? Number(parms.dict.get('Predictor') ?? 1) : 1;
    if (predictor >= 10) data = unpredictPng(data, Number(isDict(parms) ? (parms.dict.get('Columns') ?? 1) : 1));
    return data;
  }

  private pageRefs(): Ref[] {
    if (this.pages) return this.pages;
    const out: Ref[] = [];
    const walk = (ref: Value, depth: number) => {
      const node = this.resolve(ref);
      if (depth > 32) return;
      // A broken leaf still takes its place, so page indexes match PDFium's.
      const kids = isDict(node) ? this.resolve(node.dict.get('Kids')) : null;
      if (Array.isArray(kids)) for (const kid of kids) walk(kid, depth + 1);
      else if (isRef(ref)) out.push(ref);
    };
    const root = this.resolve(this.root);
    if (isDict(root)) walk(root.dict.get('Pages') ?? null, 0);
    this.pages = out;
    return out;
  }

  /** The decoded content of page `index` (all its streams), or null when it cannot be found. Throws when it cannot be decoded. */
  pageContent(index: number): Uint8Array | null {
    const ref = this.pageRefs()[index];
    const page = ref ? this.resolve(ref) : null;
    if (!isDict(page)) return null;
    const contents = this.resolve(page.dict.get('Contents'));
    const streams = Array.isArray(contents) ? contents.map((c) => this.resolve(c)) : [contents];
    const parts = streams.filter((s): s is Stream => isDict(s) && 'start' in s).map((s) => this.streamData(s));
    return Buffer.concat(parts);
  }
}

function unpredictPng(data: Uint8Array, columns: number): Uint8Array {
  const rowLength = columns + 1;
  const rows = Math.floor(data.length / rowLength);
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * rowLength]!;
    for (let c = 0; c < columns; c++) {
      const x = data[r * rowLength + 1 + c]!;
      const left = c > 0 ? out[r * columns + c - 1]! : 0;
      const up = r > 0 ? out[(r - 1) * columns + c]! : 0;
      const upLeft = r > 0 && c > 0 ? out[(r - 1) * columns + c - 1]! : 0;
      let v = x;
      if (type === 1) v = x + left;
      else if (type === 2) v = x + up;
      else if (type === 3) v = x + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[r * columns + c] = v & 0xff;
    }
  }
  return out;
}

/**
 * True when the page's content stream holds something that is not PDF drawing instructions: it cannot be decoded,
 * or it is mostly binary, or it has no drawing operator at all while not being empty. Blank pages answer false.
 */
export function contentIsGarbage(structure: PdfStructure, pageIndex: number): boolean {
  let content: Uint8Array | null;
  try {
    content = structure.pageContent(pageIndex);
  } catch (error) {
    // A stream that cannot be decoded (bad Flate data) is garbage; a structure this reader cannot follow is not.
    return error instanceof Error && 'code' in error && String((error as NodeJS.ErrnoException).code).startsWith('Z_');
  }
  if (!content) return false;
  const text = Buffer.from(content).toString('latin1').trim();
  if (text.length < 8) return false;
  let binary = 0;
  for (const byte of content) if (byte > 0x7e || (byte < 0x20 && !WS.has(byte))) binary++;
  return binary / content.length > 0.1 || !OPERATORS.test(text);
}
