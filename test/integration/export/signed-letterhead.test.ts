// "Sign and export" with the sample letterhead, a signature image and the proof of service, read back the way a
// reviewer would: clean of DRAFT, comments, tracked changes and hidden text; properties naming the physician and no
// machine user; and, rendered by LibreOffice, the letterhead on page 1 and above the running header on page 2.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logoPng, SAMPLE_LETTERHEAD_PATH, SAMPLE_PRACTICE } from '../../../scripts/make-sample-letterhead';
import { pdfPageCount, pdfText, renderDocxToPdf } from '../../helpers/docx';
import { docxParts } from '../../unit/report/docx/docx-parts';
import { checkElementOrder, parseXml } from '../../unit/report/docx/ooxml-check';
import { openSigningSession, TEST_PROFILE, type SigningSession } from '../signing/signing-session';

const collapse = (s: string) => s.replace(/\s+/g, ' ');

describe('a signed export inside the letterhead, with the proof of service', () => {
  let session: SigningSession;
  let file: string;
  let parts: Map<string, string>;
  let pdf: string;
  let pages: number;

  beforeAll(async () => {
    session = await openSigningSession();
    session.nextOpenFile = SAMPLE_LETTERHEAD_PATH;
    await session.call('settings:chooseLetterhead', {});
    const signature = path.join(session.dir, 'signature.png');
    fs.writeFileSync(signature, logoPng());
    session.nextOpenFile = signature;
    await session.call('settings:chooseSignatureImage', {});
    const outcome = await session.call('export:sign', {
      caseId: session.caseId,
      county: 'Los Angeles',
      signingDate: '2026-11-24',
      proofOfService: true,
    });
    file = outcome.filePath!;
    parts = await docxParts(fs.readFileSync(file));
    pdf = renderDocxToPdf(file, session.dir);
    pages = pdfPageCount(pdf);
  }, 180_000);
  afterAll(() => session?.close());

  const xmlParts = () => [...parts].filter(([name]) => /\.(xml|rels)$/.test(name));

  it('records the letterhead and the proof of service in the history', async () => {
    const [row] = await session.call('export:history', { caseId: session.caseId });
    expect(row).toMatchObject({ signed: true, letterhead: true, proofOfService: true });
  });

  it('contains no DRAFT text, comments, tracked changes or hidden text in any part', () => {
    expect([...parts.keys()].filter((n) => /comments/i.test(n))).toEqual([]);
    for (const [name, xml] of xmlParts()) {
      expect(xml, name).not.toMatch(/\bDRAFT\b/);
      expect(xml, name).not.toMatch(/<w:(comment|commentReference|commentRangeStart|commentRangeEnd)\b/);
      expect(xml, name).not.toMatch(
        /<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|tcPrChange|trPrChange|numberingChange)\b/,
      );
      expect(xml, name).not.toMatch(/<w:(vanish|specVanish|webHidden)\b/);
    }
    expect(parts.get('word/settings.xml')).not.toMatch(/<w:trackRevisions\b/);
  });

  it('names the report and the physician in its properties, and no machine user', () => {
    const core = parts.get('docProps/core.xml')!;
    expect(core).toContain(`<dc:creator>${TEST_PROFILE.name}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${TEST_PROFILE.name}</cp:lastModifiedBy>`);
    expect(core).toContain('<dc:title>Qualified Medical Evaluation: Maria Q. Sample</dc:title>');
    const props = ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'].map((n) => parts.get(n) ?? '').join('\n');
    const user = os.userInfo().username;
    expect(props).not.toMatch(new RegExp(`>[^<]*\\b${user.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^<]*<`));
    expect(props).not.toContain(os.hostname());
  });

  it('keeps every part well-formed and in schema order', () => {
    for (const [name, xml] of xmlParts()) {
      const root = parseXml(xml);
      if (/^word\/(document|header\d+|footer\d+)\.xml$/.test(name)) expect(checkElementOrder(root), name).toEqual([]);
    }
  });

  it('prints the letterhead and the caption on page 1, without the running header', () => {
    const first = collapse(pdfText(pdf, 1, 1));
    expect(first).toContain(SAMPLE_PRACTICE.name);
    expect(first).toContain(collapse(SAMPLE_PRACTICE.addressLine));
    expect(first).toContain('QUALIFIED MEDICAL EVALUATION');
    expect(first).not.toContain('Report date:');
    expect(first).toContain(`Page 1 of ${pages}`);
  });

  it('prints the letterhead’s header above the running header on page 2, and "Page 2 of N"', () => {
    const second = pdfText(pdf, 2, 2);
    const lines = second
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).toBe(SAMPLE_PRACTICE.name);
    // Signed on 11/24: a signed report is dated the day it is signed, whatever date the draft carried (11/20).
    expect(lines[1]).toMatch(/^Maria Q\. Sample\s+•\s+Claim No\. SAMPLE-WC-20260115\s+Report date: 11\/24\/2026$/);
    expect(collapse(second)).toContain(`Page 2 of ${pages}`);
    expect(collapse(second)).toContain('Tel (310) 555-0100');
  });

  it('ends with the declaration of service and the service list, with every address', () => {
    const last = collapse(pdfText(pdf, pages - 1, pages));
    expect(last).toContain('Declaration of Service of Medical-Legal Report');
    expect(last).toContain('I, Avery J. Example, MD, declare:');
    expect(last).toContain(
      'I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.',
    );
    expect(last).toContain('Executed on 11/24/2026, in Los Angeles County, California.');
    for (const address of ['12 Fictional Lane', '100 Main Street, Suite 4', '200 Ocean Boulevard', 'PO Box 1000'])
      expect(last).toContain(address);
    expect(last).not.toContain('300 Dock Road');
  });

  it('carries the signature image above the signature line and the §4628(j) date and county', () => {
    expect([...parts.keys()].filter((n) => n.startsWith('word/media/')).length).toBeGreaterThanOrEqual(2);
    expect(parts.get('word/document.xml')).toContain('Executed on 11/24/2026, in Los Angeles County, California.');
  });
});
