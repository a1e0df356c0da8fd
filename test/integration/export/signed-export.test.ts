// A signed export is clean: no DRAFT text, no comments, no tracked changes, no hidden text, and document properties
// that name the physician, never the machine's user, host or a file path. A draft, for contrast, is watermarked.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts } from '../../unit/report/docx/docx-parts';
import { PHYSICIAN } from '../../unit/report/docx/report-fixture';
import { exportFixtureReport, seedQmeCase, type SeededBackend } from './seed-qme-case';

/** A 2×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAC0lEQVR4nGNgQAcAAAkAAZQ0UTEAAAAASUVORK5CYII=', 'base64');

const xmlParts = (parts: Map<string, string>) => [...parts].filter(([name]) => /\.(xml|rels)$/.test(name));

describe('a signed export', () => {
  let seeded: SeededBackend;
  let signed: Map<string, string>;
  let draft: Map<string, string>;

  beforeAll(async () => {
    seeded = await seedQmeCase();
    const signedFile = path.join(seeded.dir, 'signed.docx');
    await exportFixtureReport(seeded, signedFile, { draft: false, signaturePng: PNG });
    signed = await docxParts(fs.readFileSync(signedFile));
    const draftFile = path.join(seeded.dir, 'draft.docx');
    await exportFixtureReport(seeded, draftFile, { draft: true });
    draft = await docxParts(fs.readFileSync(draftFile));
  });
  afterAll(async () => {
    await seeded?.close();
  });

  it('contains no DRAFT text anywhere, while a draft is watermarked', () => {
    for (const [name, xml] of xmlParts(signed)) expect(xml, name).not.toMatch(/\bDRAFT\b/);
    expect(xmlParts(draft).some(([, xml]) => xml.includes('string="DRAFT"'))).toBe(true);
  });

  it('contains no comments, tracked changes or hidden text', () => {
    expect([...signed.keys()].filter((n) => /comments/i.test(n))).toEqual([]);
    for (const [name, xml] of xmlParts(signed)) {
      expect(xml, name).not.toMatch(/<w:(comment|commentReference|commentRangeStart|commentRangeEnd)\b/);
      expect(xml, name).not.toMatch(
        /<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|tcPrChange|trPrChange|numberingChange)\b/,
      );
      expect(xml, name).not.toMatch(/<w:(vanish|specVanish|webHidden)\b/);
    }
    expect(signed.get('word/settings.xml')).not.toMatch(/<w:trackRevisions\b/);
  });

  it('names the physician in its properties and no machine user, host or path', () => {
    const core = signed.get('docProps/core.xml')!;
    expect(core).toContain(`<dc:creator>${PHYSICIAN.name}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${PHYSICIAN.name}</cp:lastModifiedBy>`);
    expect(core).toContain('<dc:title>Qualified Medical Evaluation: Maria Q. Sample</dc:title>');
    expect(core).not.toMatch(/<dc:description>/);
    const user = os.userInfo().username;
    const props = ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'].map((n) => signed.get(n) ?? '').join('\n');
    expect(props).not.toMatch(new RegExp(`>[^<]*\\b${user.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^<]*<`));
    expect(props).not.toContain(os.hostname());
    for (const fragment of [os.homedir(), os.tmpdir(), seeded.dir, '/home/', 'C:\\']) expect(props).not.toContain(fragment);
  });

  it('carries the signature, the signing date and county', () => {
    expect([...signed.keys()].some((n) => n.startsWith('word/media/'))).toBe(true);
    const body = signed.get('word/document.xml')!;
    expect(body).toContain('Date signed: 11/20/2026');
    expect(body).toContain('Executed on 11/20/2026, in Los Angeles County, California.');
  });
});
