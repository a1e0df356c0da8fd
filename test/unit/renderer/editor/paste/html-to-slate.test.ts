// Clipboard HTML → document model, on real LibreOffice output and Word/Google Docs-shaped clipboard fragments
// (test/fixtures/paste/README.md says how each was made), plus plain text. Parsed by jsdom's DOMParser, as the page's would.
// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RichDocumentSchema, type RichDocument } from '../../../../../electron/common/document/doc-model';
import { htmlToBlocks, htmlToDocument, plainTextToDocument } from '../../../../../renderer/src/editor/paste/html-to-slate';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../../fixtures/paste', name), 'utf8');

function expectValid(doc: RichDocument) {
  const parsed = RichDocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.error?.message).toBe(true);
}

describe('paste from LibreOffice Writer (real converter output)', () => {
  const doc = htmlToDocument(fixture('libreoffice-writer.html'));

  it('keeps headings, marks, lists with their nesting and the table as readable rows', () => {
    expect(doc).toEqual([
      { type: 'heading-one', children: [{ text: 'History of Present Illness' }] },
      {
        type: 'paragraph',
        children: [
          { text: 'The applicant, a ' },
          { text: 'fictional', bold: true },
          { text: ' warehouse worker, reports ' },
          { text: 'intermittent', italic: true },
          { text: ' neck pain with ' },
          { text: 'radiating symptoms', underline: true },
          { text: ' into the right arm.' },
        ],
      },
      { type: 'heading-two', children: [{ text: 'Current Complaints' }] },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Neck pain, worse with lifting' }] },
          { type: 'list-item', indent: 1, children: [{ text: 'Radiates to the right shoulder' }] },
          { type: 'list-item', indent: 1, children: [{ text: 'Numbness in the thumb and index finger' }] },
          { type: 'list-item', children: [{ text: 'Low back pain' }] },
        ],
      },
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'Cervical MRI reviewed' }] },
          { type: 'list-item', children: [{ text: 'Electrodiagnostic study ordered' }] },
          { type: 'list-item', children: [{ text: 'Follow-up in six weeks' }] },
        ],
      },
      { type: 'paragraph', children: [{ text: 'Date | Provider | Finding', bold: true }] },
      { type: 'paragraph', children: [{ text: '2024-03-02 | Dr. Example | Cervical strain' }] },
      { type: 'paragraph', children: [{ text: '2024-04-15 | Dr. Placeholder | C6 radiculopathy' }] },
      { type: 'paragraph', children: [{ text: 'Final paragraph after the table.' }] },
    ]);
    expectValid(doc);
  });
});

describe('paste from Word (mso-list clipboard HTML)', () => {
  const html = fixture('word-clipboard.html');

  it('recognises mso-list paragraphs as list items of the right type and level, without their "·"/"1." markers', () => {
    const items = htmlToBlocks(html).filter((b) => b.kind === 'list-item');
    expect(items.map((b) => (b.kind === 'list-item' ? [b.list, b.depth, b.runs.map((r) => r.text).join('')] : []))).toEqual([
      ['bulleted-list', 0, 'Neck pain, worse with lifting'],
      ['bulleted-list', 1, 'Radiates to the right shoulder'],
      ['bulleted-list', 0, 'Low back pain'],
      ['numbered-list', 0, 'Cervical MRI reviewed'],
      ['numbered-list', 0, 'Electrodiagnostic study ordered'],
    ]);
  });

  it('becomes headings, marked text, lists and rows, with no empty paragraphs and no colours or fonts', () => {
    const doc = htmlToDocument(html);
    expect(doc).toEqual([
      { type: 'heading-one', children: [{ text: 'History of Present Illness' }] },
      {
        type: 'paragraph',
        children: [
          { text: 'The applicant, a ' },
          { text: 'fictional', bold: true },
          { text: ' delivery driver, reports ' },
          { text: 'intermittent', italic: true },
          { text: ' neck pain with ' },
          { text: 'radiating symptoms', underline: true },
          { text: ' into the right arm. Colour and fonts are dropped.' },
        ],
      },
      { type: 'heading-two', children: [{ text: 'Current Complaints' }] },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Neck pain, ' }, { text: 'worse', bold: true }, { text: ' with lifting' }] },
          { type: 'list-item', indent: 1, children: [{ text: 'Radiates to the right shoulder' }] },
          { type: 'list-item', children: [{ text: 'Low back pain' }] },
        ],
      },
      { type: 'paragraph', children: [{ text: 'Studies:' }] },
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'Cervical MRI reviewed' }] },
          { type: 'list-item', children: [{ text: 'Electrodiagnostic study ' }, { text: 'ordered', italic: true }] },
        ],
      },
      { type: 'paragraph', children: [{ text: 'Date', bold: true }, { text: ' | ' }, { text: 'Finding', bold: true }] },
      { type: 'paragraph', children: [{ text: '2024-03-02 | Cervical strain' }] },
    ]);
    expectValid(doc);
  });

  it('reads the comment form of the marker condition (<!--[if !supportLists]-->) the same way', () => {
    const doc = htmlToDocument(
      `<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
      style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
      </span></span></span><!--[endif]-->Neck pain<o:p></o:p></p>`,
    );
    expect(doc).toEqual([{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Neck pain' }] }] }]);
  });

  it('strips a typed marker when the copy has no conditional-comment marker span', () => {
    const doc = htmlToDocument(
      `<p class=MsoListParagraph style='mso-list:l3 level1 lfo4'>a)&nbsp;&nbsp; First finding</p>
       <p class=MsoListParagraph style='mso-list:l3 level1 lfo4'>b)&nbsp;&nbsp; Second finding</p>`,
    );
    expect(doc).toEqual([
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'First finding' }] },
          { type: 'list-item', children: [{ text: 'Second finding' }] },
        ],
      },
    ]);
  });
});

describe('paste from Google Docs', () => {
  it('reads marks from inline styles, ignores the bold wrapper, and nests by aria-level', () => {
    const doc = htmlToDocument(fixture('google-docs-clipboard.html'));
    expect(doc).toEqual([
      { type: 'heading-two', children: [{ text: 'Past Medical History' }] },
      {
        type: 'paragraph',
        children: [
          { text: 'No prior ' },
          { text: 'cervical', bold: true },
          { text: ' surgery', italic: true },
          { text: ' reported', underline: true },
          { text: '.' },
        ],
      },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Hypertension' }] },
          { type: 'list-item', indent: 1, children: [{ text: 'Controlled with medication' }] },
          { type: 'list-item', children: [{ text: 'Type 2 diabetes' }] },
        ],
      },
    ]);
    expectValid(doc);
  });
});

describe('paste from a browser page', () => {
  interface Case {
    name: string;
    html: string;
    expected: RichDocument;
  }
  const cases: Case[] = [
    {
      name: 'a few inline words become one paragraph with their marks',
      html: '<span>Tenderness over the </span><strong>right</strong><em> trapezius</em>',
      expected: [
        {
          type: 'paragraph',
          children: [{ text: 'Tenderness over the ' }, { text: 'right', bold: true }, { text: ' trapezius', italic: true }],
        },
      ],
    },
    {
      name: 'line breaks split a paragraph; links, images and scripts leave only their text',
      html: '<p>BP 128/82<br>HR 72<br><br></p><p><a href="https://example.test">See note</a><img src="x.png"><script>bad()</script></p>',
      expected: [
        { type: 'paragraph', children: [{ text: 'BP 128/82' }] },
        { type: 'paragraph', children: [{ text: 'HR 72' }] },
        { type: 'paragraph', children: [{ text: 'See note' }] },
      ],
    },
    {
      name: 'h4–h6 become the smallest heading; divs are blocks; runs of empty blocks disappear',
      html: '<h4>Plan</h4><div></div><div>&nbsp;</div><p> </p><div>Return in <b>six</b> weeks</div>',
      expected: [
        { type: 'heading-three', children: [{ text: 'Plan' }] },
        { type: 'paragraph', children: [{ text: 'Return in ' }, { text: 'six', bold: true }, { text: ' weeks' }] },
      ],
    },
    {
      name: 'a list directly after a list of the other type starts a new list; nesting deeper than one step is capped',
      html: '<ol><li>One<ul><li>Sub</li></ul></li></ol><ul><li>Bullet<ul><ul><li>Deep</li></ul></ul></li></ul>',
      expected: [
        {
          type: 'numbered-list',
          children: [
            { type: 'list-item', children: [{ text: 'One' }] },
            { type: 'list-item', indent: 1, children: [{ text: 'Sub' }] },
          ],
        },
        {
          type: 'bulleted-list',
          children: [
            { type: 'list-item', children: [{ text: 'Bullet' }] },
            { type: 'list-item', indent: 1, children: [{ text: 'Deep' }] },
          ],
        },
      ],
    },
    {
      name: 'preformatted text keeps one paragraph per line',
      html: '<pre>Line one\nLine two\n\nLine three</pre>',
      expected: [
        { type: 'paragraph', children: [{ text: 'Line one' }] },
        { type: 'paragraph', children: [{ text: 'Line two' }] },
        { type: 'paragraph', children: [{ text: 'Line three' }] },
      ],
    },
    { name: 'HTML without text gives nothing to insert', html: '<p><img src="a.png"></p><p>&nbsp;</p>', expected: [] },
  ];
  it.each(cases)('$name', ({ html, expected }) => {
    expect(htmlToDocument(html)).toEqual(expected);
  });
});

describe('plain text', () => {
  it('splits into one paragraph per line and drops empty lines', () => {
    expect(plainTextToDocument('Neck pain.\r\n\r\n\r\nBack pain.\nKnee pain.  \n')).toEqual([
      { type: 'paragraph', children: [{ text: 'Neck pain.' }] },
      { type: 'paragraph', children: [{ text: 'Back pain.' }] },
      { type: 'paragraph', children: [{ text: 'Knee pain.' }] },
    ]);
  });
});
