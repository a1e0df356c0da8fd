// How the viewer answers a range pdf.js asks for from the parts its first reply brought: with the rest of the run the
// range lies in, so pdf.js takes all of it at once and does not wait a round trip for each next part it reads.
export type Slice = { start: number; bytes: Uint8Array };

/**
 * The answer to [begin, end) from `held`: from `begin` to the end of the run holding it, or just the range when that
 * run does not end on a chunk's end or the file's (pdf.js refuses any other end). Null when no run holds the range.
 */
export function answerFromHeld(held: Slice[], begin: number, end: number, chunk: number, total: number): Uint8Array | null {
  const run = held.find((s) => s.start <= begin && end <= s.start + s.bytes.length);
  if (!run) return null;
  const runEnd = run.start + run.bytes.length;
  const whole = runEnd % chunk === 0 || runEnd === total;
  return run.bytes.subarray(begin - run.start, whole ? undefined : end - run.start);
}
