// The History preview's word difference: what restoring a revision brings back (added) and removes (removed), word by
// word, in reading order, with the revision's own spacing.
import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from '../../../electron/common/document/word-diff';

const revisionText = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join('');
const currentText = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks only the words that differ', () => {
    const parts = wordDiff('The lumbar spine is tender today.', 'The cervical spine is tender.');
    expect(parts).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'lumbar ' },
      { kind: 'added', text: 'cervical ' },
      { kind: 'same', text: 'spine is ' },
      { kind: 'removed', text: 'tender today.' },
      { kind: 'added', text: 'tender.' },
    ]);
  });

  it('keeps both texts whole: the revision is what restoring gives, the current text what it replaces', () => {
    const current = 'Gait normal.\nNo tenderness over the L4-5 facets.\nStraight leg raise negative.';
    const revision = 'Gait antalgic.\nTenderness over the L4-5 facets.\nStraight leg raise positive on the right.';
    const parts = wordDiff(current, revision);
    expect(revisionText(parts)).toBe(revision);
    expect(currentText(parts)).toBe(current);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
      'antalgic.\nTenderness',
      'positive on the right.',
    ]);
  });

  it('finds nothing changed in equal texts, and everything in texts with no word in common', () => {
    expect(wordDiff('Same words here.', 'Same words here.')).toEqual([{ kind: 'same', text: 'Same words here.' }]);
    expect(wordDiff('alpha beta', 'gamma delta')).toEqual([
      { kind: 'removed', text: 'alpha beta' },
      { kind: 'added', text: 'gamma delta' },
    ]);
    expect(wordDiff('', 'Now written.')).toEqual([{ kind: 'added', text: 'Now written.' }]);
    expect(wordDiff('Was written.', '')).toEqual([{ kind: 'removed', text: 'Was written.' }]);
  });

  it('ignores a change of spacing alone', () => {
    expect(wordDiff('one  two three', 'one two three').every((p) => p.kind === 'same')).toBe(true);
  });

  it('answers quickly for a 50-page section with a few changed words', () => {
    const words = Array.from({ length: 25_000 }, (_, i) => `word${i % 997}`);
    const changed = [...words];
    changed[100] = 'changed';
    changed[24_000] = 'edited';
    const started = performance.now();
    const parts = wordDiff(words.join(' '), changed.join(' '));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['changed', 'edited']);
  });

  it('shows a rewrite too large to compare word by word as replaced whole, without running out of memory', () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3_000 }, (_, i) => `b${i}`).join(' ');
    const parts = wordDiff(`Start ${a} end.`, `Start ${b} end.`);
    expect(parts.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
  });
});
