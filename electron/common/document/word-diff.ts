// Word-level difference between two texts (the section history's preview): what restoring a revision would bring back
// and what it would remove. Myers' shortest edit script on words, after trimming the common start and end, so a few
// changes in a 50-page section cost little.

export interface DiffPart {
  /** same: in both; added: only in the revision (restoring brings it back); removed: only in the current text. */
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Past this many changed words the changed middle is shown as replaced whole: the search's memory grows with its square. */
const MAX_EDITS = 2_000;

/** Each word with the spaces and line breaks after it; leading space is its own token. Compared without the spaces. */
const tokens = (text: string): string[] => text.match(/^\s+|\S+\s*/g) ?? [];
const key = (token: string) => token.trim();

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string) {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else if (text) parts.push({ kind, text });
}

/** The parts of `revision` against `current`, in reading order: removed words stand before what replaces them. */
export function wordDiff(current: string, revision: string): DiffPart[] {
  const a = tokens(current);
  const b = tokens(revision);
  let start = 0;
  while (start < a.length && start < b.length && key(a[start]!) === key(b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && key(a[endA - 1]!) === key(b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', b.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ops = editScript(midA.map(key), midB.map(key));
  if (!ops) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else {
    let i = 0;
    let j = 0;
    for (const op of ops) {
      if (op === 'same') {
        push(parts, 'same', midB[j++]!);
        i++;
      } else if (op === 'removed') push(parts, 'removed', midA[i++]!);
      else push(parts, 'added', midB[j++]!);
    }
  }
  push(parts, 'same', b.slice(endB).join(''));
  return parts;
}

type Op = DiffPart['kind'];

/** Myers' greedy search with its trace kept per round (only the diagonals that round reached); null past MAX_EDITS. */
function editScript(a: string[], b: string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    // Round d reads diagonals -d-1 … d+1 of the previous round: kept as snap[k + d + 1].
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const snap = trace[d]!;
    const at = (k: number) => snap[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('same');
      x--;
      y--;
    }
    if (d > 0) ops.push(x === prevX ? 'added' : 'removed');
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}
