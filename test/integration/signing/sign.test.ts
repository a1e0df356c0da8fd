// "Sign and export" through the IPC registry: the declaration prints the signing date and county, the case is signed
// and its version frozen, the export history holds the SHA-256 of the file on disk; cancelling changes nothing;
// reopening for editing starts the next version; a draft export is recorded too.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { docxParts } from '../../unit/report/docx/docx-parts';
import { openSigningSession, type SigningSession } from './signing-session';

let session: SigningSession;
afterEach(async () => {
  await session?.close();
});

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const documentXml = async (file: string) => (await docxParts(fs.readFileSync(file))).get('word/document.xml')!;

describe('signing a case', () => {
  it('stamps the date and county into the declaration, marks the case signed and records the file', async () => {
    session = await openSigningSession();
    const outcome = await session.call('export:sign', {
      caseId: session.caseId,
      county: 'Orange County',
      signingDate: '2026-11-24',
    });
    expect(outcome).toMatchObject({ version: 1, signingDate: '2026-11-24', county: 'Orange', pdf: 'off' });
    expect(session.suggestedNames.at(-1)).toBe('Maria Q. Sample - 2026-11-02 - signed v1.docx');

    const xml = await documentXml(outcome.filePath!);
    expect(xml).toContain('Executed on 11/24/2026, in Orange County, California.');
    expect(xml).toContain('Date signed: 11/24/2026');
    expect(xml).toContain('Signed in Orange County, California');

    const detail = await session.call('cases:get', { id: session.caseId });
    expect(detail).toMatchObject({
      status: 'signed',
      version: 1,
      signedVersion: { version: 1, signingDate: '2026-11-24', county: 'Orange' },
      previousVersions: [],
    });
    const values = (await session.call('caseData:get', { caseId: session.caseId })).values;
    expect(values).toMatchObject({ 'signing.date': '2026-11-24', 'signing.county': 'Orange' });

    const [row, ...older] = await session.call('export:history', { caseId: session.caseId });
    expect(older).toEqual([]);
    expect(row).toMatchObject({
      id: outcome.historyId,
      filePath: outcome.filePath,
      sha256: sha256(outcome.filePath!),
      bytes: fs.statSync(outcome.filePath!).size,
      signed: true,
      caseVersion: 1,
      template: { id: 'ca-qme-comprehensive', version: 1 },
      proofOfService: false,
      letterhead: false,
      pdfPath: null,
    });
    // Signing refuses missing items, so a signed export is never incomplete; this one had no warning to accept.
    expect(row).toMatchObject({ incomplete: false, blockingItems: [], acceptedWarnings: [] });
  });

  it('signs with today’s date when none is given', async () => {
    session = await openSigningSession();
    const outcome = await session.call('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    expect(outcome.signingDate).toBe('2026-11-25');
    expect(await documentXml(outcome.filePath!)).toContain('Executed on 11/25/2026, in Los Angeles County, California.');
  });

  it('changes nothing when the save dialog is cancelled', async () => {
    session = await openSigningSession();
    session.nextSavePath = null;
    const outcome = await session.call('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    expect(outcome).toMatchObject({ filePath: null, historyId: null });
    expect(await session.call('cases:get', { id: session.caseId })).toMatchObject({
      status: 'drafting',
      version: 1,
      signedVersion: null,
    });
    expect(await session.call('export:history', { caseId: session.caseId })).toEqual([]);
    expect((await session.call('caseData:get', { caseId: session.caseId })).values['signing.date']).toBeUndefined();
  });

  it.each([
    [
      'a date after today',
      { signingDate: '2026-11-26' },
      'invalid-input',
      /signing date 11\/26\/2026 is after today \(11\/25\/2026\)/,
    ],
    ['no county', { county: '  ' }, 'invalid-input', /county: Enter the county where you sign/],
    ['a county with digits', { county: 'Zone 5' }, 'invalid-input', /county: Enter the county name in letters only/],
  ])('refuses %s', async (_, change, code, message) => {
    session = await openSigningSession();
    const error = await session.fail('export:sign', { caseId: session.caseId, county: 'Los Angeles', ...change });
    expect(error).toMatchObject({ code });
    expect(error.message).toMatch(message);
    expect((await session.call('cases:get', { id: session.caseId })).status).toBe('drafting');
  });

  it('refuses to sign before the physician profile has a name', async () => {
    session = await openSigningSession({ profile: false });
    const error = await session.fail('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    expect(error.message).toMatch(/Add your name in Settings → Physician profile before signing/);
  });

  it('refuses to sign while a required value would print as a [bracketed] placeholder, and says which', async () => {
    session = await openSigningSession();
    await session.call('caseData:saveValues', { caseId: session.caseId, values: { historyTakenBy: null } });
    const error = await session.fail('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    // The compliance check names it before the renderer's own refusal of unfilled placeholders is reached.
    expect(error.message).toMatch(/cannot be signed yet\. Still missing: .*The complete history was taken by/);
    expect((await session.call('cases:get', { id: session.caseId })).status).toBe('drafting');
    expect(await session.call('export:history', { caseId: session.caseId })).toEqual([]);
    // A draft still exports, with the placeholder in brackets for the physician to see.
    expect((await session.call('export:docx', { caseId: session.caseId, proofOfService: false })).filePath).not.toBeNull();
  });

  it('dates a signed report the day it is signed, in the caption and the running header', async () => {
    session = await openSigningSession();
    const outcome = await session.call('export:sign', {
      caseId: session.caseId,
      county: 'Los Angeles',
      signingDate: '2026-11-24',
    });
    const xml = await documentXml(outcome.filePath!);
    expect(xml).toContain('11/24/2026');
    expect((await session.call('caseData:get', { caseId: session.caseId })).values['case.reportDate']).toBe('2026-11-24');
  });

  it('refuses to sign a signed version again, and reopening starts the next version', async () => {
    session = await openSigningSession();
    await session.call('export:sign', { caseId: session.caseId, county: 'Los Angeles', signingDate: '2026-11-23' });
    const again = await session.fail('export:sign', { caseId: session.caseId, county: 'Los Angeles' });
    expect(again.code).toBe('conflict');
    expect(again.message).toMatch(
      /Version 1 of this report was already signed on 11\/23\/2026.*reopen it for editing.*version 2/,
    );

    const reopened = await session.call('cases:reopenForEdit', { caseId: session.caseId });
    expect(reopened).toMatchObject({
      status: 'drafting',
      version: 2,
      signedVersion: null,
      previousVersions: [{ version: 1, signingDate: '2026-11-23', county: 'Los Angeles' }],
    });
    const values = (await session.call('caseData:get', { caseId: session.caseId })).values;
    expect(values['signing.date']).toBeUndefined();
    expect(values['signing.county']).toBe('Los Angeles');
    expect((await session.fail('cases:reopenForEdit', { caseId: session.caseId })).message).toMatch(
      /Version 2 of this report is not signed yet/,
    );

    const second = await session.call('export:sign', { caseId: session.caseId, county: 'Ventura', signingDate: '2026-11-25' });
    expect(second.version).toBe(2);
    expect(session.suggestedNames.at(-1)).toMatch(/signed v2\.docx$/);
    const history = await session.call('export:history', { caseId: session.caseId });
    expect(history.map((h) => [h.caseVersion, h.signed])).toEqual([
      [2, true],
      [1, true],
    ]);
    expect(await session.call('cases:get', { id: session.caseId })).toMatchObject({
      version: 2,
      signedVersion: { version: 2, county: 'Ventura' },
    });
  });

  it('signs once when "Sign and export" is clicked twice before the first finishes', async () => {
    session = await openSigningSession();
    const input = { caseId: session.caseId, county: 'Los Angeles' };
    const [first, second] = await Promise.all([
      session.backend.registry.invoke('export:sign', input),
      session.backend.registry.invoke('export:sign', input),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already being signed/) },
    });
    expect(await session.call('export:history', { caseId: session.caseId })).toHaveLength(1);
  });

  it('records a draft export in the history as unsigned, with the DRAFT watermark in the file', async () => {
    session = await openSigningSession();
    const outcome = await session.call('export:docx', { caseId: session.caseId });
    const [row] = await session.call('export:history', { caseId: session.caseId });
    expect(row).toMatchObject({ id: outcome.historyId, signed: false, caseVersion: 1, sha256: sha256(outcome.filePath!) });
    const parts = await docxParts(fs.readFileSync(outcome.filePath!));
    expect([...parts.values()].some((xml) => xml.includes('string="DRAFT"'))).toBe(true);
    expect((await session.call('cases:get', { id: session.caseId })).status).toBe('drafting');
  });
});
