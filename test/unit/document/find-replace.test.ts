// Find and replace in a section: matches across formatting runs and inside lists, case and whole-word options, and a
// replacement that keeps the surrounding formatting and leaves the original document untouched (for one undo).
import { describe, expect, it } from 'vitest';
import { documentWordCount, type RichDocument } from '../../../electron/common/document/doc-model';
import { findMatches, replaceAll, type FindOptions } from '../../../electron/common/document/find-replace';

const ANY: FindOptions = { matchCase: false, wholeWord: false };

const doc: RichDocument = [
  { type: 'heading-one', children: [{ text: 'Lumbar spine' }] },
  {
    type: 'paragraph',
    children: [{ text: 'Tenderness over the ' }, { text: 'lumbar', bold: true }, { text: ' paraspinals; Lumbar flexion 40°.' }],
  },
  {
    type: 'bulleted-list',
    children: [
      { type: 'list-item', children: [{ text: 'Pharmacy records' }] },
      { type: 'list-item', children: [{ text: 'Left arm numbness' }], indent: 1 },
    ],
  },
];

describe('findMatches', () => {
  it('finds every occurrence in reading order, whatever its case, with Slate points in the right leaves', () => {
    const found = findMatches(doc, 'lumbar', ANY);
    expect(found.map((m) => m.text)).toEqual(['Lumbar', 'lumbar', 'Lumbar']);
    expect(found[1]).toMatchObject({ block: [1], anchor: { path: [1, 1], offset: 0 }, focus: { path: [1, 1], offset: 6 } });
    expect(found[2]).toMatchObject({ anchor: { path: [1, 2], offset: 14 }, focus: { path: [1, 2], offset: 20 } });
  });

  it('finds words that cross a change of formatting', () => {
    const found = findMatches(doc, 'the lumbar', ANY);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ anchor: { path: [1, 0], offset: 16 }, focus: { path: [1, 1], offset: 6 } });
  });

  it('matches case only when asked, and whole words only when asked', () => {
    expect(findMatches(doc, 'Lumbar', { matchCase: true, wholeWord: false })).toHaveLength(2);
    expect(findMatches(doc, 'arm', ANY).map((m) => m.block)).toEqual([
      [2, 0],
      [2, 1],
    ]);
    expect(findMatches(doc, 'arm', { matchCase: false, wholeWord: true }).map((m) => m.block)).toEqual([[2, 1]]);
  });

  it('treats the query as text, not a pattern, and an empty query finds nothing', () => {
    expect(findMatches(doc, '40°.', ANY)).toHaveLength(1);
    expect(findMatches(doc, '.*', ANY)).toEqual([]);
    expect(findMatches(doc, '', ANY)).toEqual([]);
  });
});

describe('replaceAll', () => {
  it('replaces every occurrence, keeping the formatting of each replaced word and the text around it', () => {
    const before = structuredClone(doc);
    const { doc: next, count } = replaceAll(doc, 'lumbar', 'thoracolumbar', ANY);
    expect(count).toBe(3);
    expect(next[0]).toEqual({ type: 'heading-one', children: [{ text: 'thoracolumbar spine' }] });
    expect(next[1]!.children).toEqual([
      { text: 'Tenderness over the ' },
      { text: 'thoracolumbar', bold: true },
      { text: ' paraspinals; thoracolumbar flexion 40°.' },
    ]);
    // The original is untouched, so one undo can put every section back.
    expect(doc).toEqual(before);
  });

  it('replaces across formatting runs and inside nested list items', () => {
    const across = replaceAll(doc, 'the lumbar para', 'the para', ANY).doc;
    expect(across[1]!.children).toEqual([{ text: 'Tenderness over the paraspinals; Lumbar flexion 40°.' }]);
    const listed = replaceAll(doc, 'arm', 'forearm', { matchCase: false, wholeWord: true }).doc;
    expect(listed[2]).toEqual({
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: 'Pharmacy records' }] },
        { type: 'list-item', children: [{ text: 'Left forearm numbness' }], indent: 1 },
      ],
    });
  });

  it('can delete: an emptied block keeps one empty leaf', () => {
    const { doc: next, count } = replaceAll(doc, 'Lumbar spine', '', { matchCase: true, wholeWord: false });
    expect(count).toBe(1);
    expect(next[0]).toEqual({ type: 'heading-one', children: [{ text: '' }] });
  });

  it('returns the same document when nothing matched', () => {
    const result = replaceAll(doc, 'cervical', 'thoracic', ANY);
    expect(result).toEqual({ doc, count: 0 });
    expect(result.doc).toBe(doc);
  });
});

describe('documentWordCount', () => {
  it('counts words as a word processor does, in headings, paragraphs and lists', () => {
    expect(documentWordCount(doc)).toBe(2 + 8 + 2 + 3);
    expect(documentWordCount([{ type: 'paragraph', children: [{ text: '  ' }] }])).toBe(0);
  });
});
