// The proof of service is appended only on request: a draft without it has no service pages; with it, the service
// list shows each served party's address, and an unrepresented case gets the QME Form 111 note instead of Form 122.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { docxParts, partText } from '../../unit/report/docx/docx-parts';
import { PARTIES } from '../../unit/report/docx/report-fixture';
import { openSigningSession, type SigningSession } from '../signing/signing-session';

let session: SigningSession;
afterEach(async () => {
  await session?.close();
});

async function draftText(proofOfService: boolean): Promise<string> {
  const outcome = await session.call('export:docx', { caseId: session.caseId, proofOfService });
  const parts = await docxParts(fs.readFileSync(outcome.filePath!));
  return partText(parts.get('word/document.xml')!);
}

describe('the proof of service', () => {
  it('is absent unless asked for', async () => {
    session = await openSigningSession();
    const text = await draftText(false);
    expect(text).not.toContain('Declaration of Service');
    expect(text).not.toContain('Service List');
  });

  it('lists each served party with their address, after a Form 122-style declaration', async () => {
    session = await openSigningSession();
    const text = await draftText(true);
    const declaration = text.indexOf('Declaration of Service of Medical-Legal Report');
    const list = text.indexOf('Service List');
    expect(declaration).toBeGreaterThan(text.indexOf('Signed in Los Angeles County'));
    expect(list).toBeGreaterThan(declaration);
    for (const party of PARTIES.filter((p) => p.role !== 'employer')) {
      expect(text).toContain(party.name);
      for (const line of party.address.split('\n')) expect(text.slice(list)).toContain(line);
    }
    expect(text.slice(list)).not.toContain('300 Dock Road');
    const [row] = await session.call('export:history', { caseId: session.caseId });
    expect(row).toMatchObject({ signed: false, proofOfService: true });
  });

  it('for an unrepresented worker, says QME Form 111 accompanies the report instead of a declaration', async () => {
    session = await openSigningSession();
    const parties = PARTIES.filter((p) => p.role !== 'applicant-attorney');
    await session.call('caseData:saveParties', { caseId: session.caseId, items: parties });
    const text = await draftText(true);
    expect(text).not.toContain('Declaration of Service of Medical-Legal Report');
    expect(text).toContain('Service of the Report: Unrepresented Employee');
    expect(text).toMatch(/QME Form 111 \(QME Findings Summary\) is completed and attached to this report/);
    expect(text).toContain('12 Fictional Lane');
  });

  it('is served electronically with e-mail addresses when signed that way', async () => {
    session = await openSigningSession();
    const parties = PARTIES.map((p) => ({ ...p, email: `${p.id.slice(-3)}@example.invalid` }));
    await session.call('caseData:saveParties', { caseId: session.caseId, items: parties });
    const outcome = await session.call('export:sign', {
      caseId: session.caseId,
      county: 'Los Angeles',
      proofOfService: true,
      serviceMethod: 'electronic',
      serviceDeclarant: 'Jamie Rivera',
    });
    const text = partText((await docxParts(fs.readFileSync(outcome.filePath!))).get('word/document.xml')!);
    expect(text).toContain('I, Jamie Rivera, declare:');
    expect(text).toContain('by electronic transmission');
    expect(text).toContain('101@example.invalid');
  });
});
