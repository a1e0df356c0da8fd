// "Supplemental from this case": from a signed comprehensive QME (or IME) case, a supplemental (addendum) case that follows
// its report: the case, parties, injuries and diagnoses carried; nothing signed or dated; no records of the earlier report;
// the new pages alone counted and billed; the ML203 deadline from the request; refused for an unsigned or unknown case; one
// transaction. The exported supplemental cites the report it follows by date and says what was received since.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/create-backend';
import type { NewBatchInput } from '../../../electron/common/records/records-types';
import { textPdf } from '../../fixtures/generate-pdfs';
import { docxText } from '../../helpers/docx';
import { createTempBackend, fixedClock, type TempBackend } from '../../helpers/temp-backend';
import { putSignedFixtureCase } from '../service/signed-case';

const SIGNED_ON = '2026-11-24';
const REQUESTED_ON = '2026-11-30';

let t: TempBackend;
beforeEach(() => {
  t = createTempBackend({
    prefix: 'medlegal-supplemental-',
    dataSubdir: 'data',
    now: fixedClock('2026-12-10'),
    host: { chooseSavePath: async (name) => path.join(t.dir, name) },
  });
});
afterEach(async () => {
  await t.cleanup();
});

async function importPdf(backend: Backend, caseId: string, batch: NewBatchInput, pages: number, seed: number) {
  const file = path.join(t.dir, `records-${seed}.pdf`);
  fs.writeFileSync(file, await textPdf({ pages, seed, title: `Fictional records ${seed}` }));
  const { records, recordsModule } = backend.services;
  const status = await recordsModule.imports.waitForImport(records.importPaths(caseId, batch, [file]).jobId);
  expect(status.state).toBe('done');
}

const batch = (sender: string, dateReceived: string): NewBatchInput => ({
  sender,
  dateReceived,
  declaredPageCount: null,
  senderDeclarationReceived: false,
});

/** The fixture QME case with 4 pages of records received before its report, signed on SIGNED_ON. */
async function signedComprehensive(): Promise<string> {
  const caseId = await putSignedFixtureCase(t.backend, SIGNED_ON);
  await importPdf(t.backend, caseId, batch('Golden Poppy Claims Services', '2026-10-01'), 4, 21);
  return caseId;
}

const request = (fromCaseId: string) => ({
  fromCaseId,
  requestDate: REQUESTED_ON,
  requestingParty: 'Jordan Advocate, Esq.',
  dueDate: null,
});

describe('supplemental from a signed QME case', () => {
  it('offers the ML203 supplemental following the signed report', async () => {
    const from = await signedComprehensive();
    const options = await t.invoke('cases:supplementalOptions', { fromCaseId: from });
    expect(options.follows).toEqual({ version: 1, signingDate: SIGNED_ON });
    expect(options.template).toMatchObject({ id: 'ca-qme-supplemental', version: 1, title: expect.stringContaining('ML203') });
    expect(options.from.examineeName).toBe('Maria Q. Sample');
  });

  it('carries the case, parties, injuries and diagnoses, and nothing signed, dated, written or answered', async () => {
    const from = await signedComprehensive();
    const created = await t.invoke('cases:createSupplemental', request(from));
    const [source, detail, before, after] = await Promise.all([
      t.invoke('cases:get', { id: from }),
      t.invoke('cases:get', { id: created.id }),
      t.invoke('caseData:get', { caseId: from }),
      t.invoke('caseData:get', { caseId: created.id }),
    ]);
    expect(detail).toMatchObject({
      examineeName: source.examineeName,
      dateOfBirth: source.dateOfBirth,
      claimNumber: source.claimNumber,
      employer: source.employer,
      claimsAdministrator: source.claimsAdministrator,
      reportKind: 'QME',
      examDate: null,
      template: { id: 'ca-qme-supplemental', version: 1 },
      status: 'drafting',
      version: 1,
      signedVersion: null,
      previousVersions: [],
    });
    expect(after.parties.map((p) => [p.role, p.name])).toEqual(before.parties.map((p) => [p.role, p.name]));
    expect(after.parties.some((p) => before.parties.some((q) => q.id === p.id))).toBe(false);
    expect(after.injuries.map(({ id: _, ...i }) => i)).toEqual(before.injuries.map(({ id: _, ...i }) => i));
    expect(after.diagnoses.map((d) => d.code)).toEqual(before.diagnoses.map((d) => d.code));
    expect(after.questions).toEqual([]);
    expect(after.measurements).toEqual([]);
    // The evaluator's role describes the case; the dates, the signing values and the attestations belong to one report.
    expect(after.values).toEqual({
      'case.evaluatorRole': 'Panel QME (Panel No. 7654321)',
      requestDate: REQUESTED_ON,
      requestingParty: 'Jordan Advocate, Esq.',
      priorReportDate: SIGNED_ON,
    });
    expect(await t.invoke('documents:list', { caseId: created.id })).toEqual([]);
    expect(await t.invoke('cases:priorReport', { caseId: created.id })).toEqual({
      caseId: from,
      version: 1,
      signingDate: SIGNED_ON,
      templateTitle: expect.stringContaining('comprehensive'),
    });
    expect(await t.invoke('cases:priorReport', { caseId: from })).toBeNull();
    // The earlier case is untouched and stays signed.
    expect((await t.invoke('cases:get', { id: from })).signedVersion?.signingDate).toBe(SIGNED_ON);
  });

  it('counts and bills only the pages received since the report, and is due 60 days after the request', async () => {
    const from = await signedComprehensive();
    const created = await t.invoke('cases:createSupplemental', request(from));
    const empty = await t.invoke('records:overview', { caseId: created.id });
    expect(empty.totals.pagesToVerify).toBe(0);

    await importPdf(t.backend, created.id, batch('Advocate & Partners', '2026-12-01'), 5, 22);
    const overview = await t.invoke('records:overview', { caseId: created.id });
    expect(overview.totals.pagesToVerify).toBe(5);
    expect(overview.newSinceLastReport).toMatchObject({ sinceDate: SIGNED_ON, newPages: 5 });

    const summary = await t.invoke('discussion:summary', { caseId: created.id });
    expect(summary.fee?.input.code).toBe('ML203');
    expect(summary.fee?.pagesReviewed).toBe(5);
    expect(summary.fee?.serviceDate).toBe(REQUESTED_ON);
    expect(summary.deadlines.kind).toBe('supplemental');
    expect(summary.deadlines.reportDue?.date).toBe('2027-01-29');
    const listed = (await t.invoke('cases:list', { query: '' })).find((c) => c.id === created.id);
    expect(listed?.nextDeadline?.date).toBe('2027-01-29');
    // The earlier case keeps its own 4 pages.
    expect((await t.invoke('records:overview', { caseId: from })).totals.pagesToVerify).toBe(4);
  });

  it('refuses an unsigned or unknown case, a supplemental of a supplemental, and a request dated before the report', async () => {
    const unsigned = (await t.invoke('cases:openSample', { sample: 'qme' })).id;
    await expect(t.invoke('cases:supplementalOptions', { fromCaseId: unsigned })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('not signed'),
    });
    await expect(t.invoke('cases:createSupplemental', request(unsigned))).rejects.toMatchObject({ code: 'conflict' });
    await expect(t.invoke('cases:createSupplemental', request(randomUUID()))).rejects.toMatchObject({ code: 'not-found' });

    const from = await signedComprehensive();
    await expect(t.invoke('cases:createSupplemental', { ...request(from), requestDate: '2026-11-01' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('11/24/2026'),
    });
    const bad = await t.invokeRaw('cases:createSupplemental', { ...request(from), requestingParty: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('requested') } });

    const supplemental = await t.invoke('cases:createSupplemental', request(from));
    t.backend.db.transaction(() =>
      t.backend.services.cases.markSigned(supplemental.id, {
        version: 1,
        signedAt: new Date().toISOString(),
        signingDate: '2026-12-05',
        county: 'Los Angeles',
      }),
    )();
    await expect(t.invoke('cases:supplementalOptions', { fromCaseId: supplemental.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already a supplemental'),
    });
  });

  it('writes the whole supplemental or nothing', async () => {
    const from = await signedComprehensive();
    const rows = () =>
      t.backend.db
        .prepare(
          'SELECT (SELECT COUNT(*) FROM cases) AS cases, (SELECT COUNT(*) FROM parties) AS parties, (SELECT COUNT(*) FROM field_values) AS vals',
        )
        .get();
    const before = rows();
    // The last write of the transaction fails: the case, parties and values written before it must go too.
    t.backend.db.exec('DROP TABLE case_follows');
    await expect(t.invoke('cases:createSupplemental', request(from))).rejects.toBeTruthy();
    expect(rows()).toEqual(before);
  });

  it('exports a supplemental that cites the report it follows by date and says what was received since', async () => {
    const from = await signedComprehensive();
    const created = await t.invoke('cases:createSupplemental', request(from));
    await importPdf(t.backend, created.id, batch('Advocate & Partners', '2026-12-01'), 5, 23);
    const parties = (await t.invoke('caseData:get', { caseId: created.id })).parties;
    const attorney = parties.find((p) => p.role === 'applicant-attorney')!;
    await t.invoke('caseData:saveQuestions', {
      caseId: created.id,
      items: [
        { id: randomUUID(), partyId: attorney.id, text: 'Does the new MRI change your impairment rating?' },
        { id: randomUUID(), partyId: attorney.id, text: 'Does the new MRI change your apportionment?' },
      ],
    });
    const { filePath } = await t.backend.services.exports.exportDraft({ caseId: created.id });
    // No examination, so the file is named by the report's date (it was "- undated").
    expect(path.basename(filePath!)).toBe('Maria Q. Sample - 2026-12-10.docx');
    const text = (await docxText(filePath!)).replace(/\s+/g, ' ');
    expect(text).toContain('This supplemental report follows my report dated 11/24/2026.');
    expect(text).toContain('It responds to the request of Jordan Advocate, Esq. received on 11/30/2026.');
    expect(text).toContain(
      'Since my report of 11/24/2026 I have received 5 new pages of records from Advocate & Partners, and 2 new questions from Jordan Advocate, Esq.',
    );
    expect(text).not.toContain('Esq..');
    // The report it follows is listed among the records reviewed, outside the page count.
    expect(text).toMatch(/11\/24\/2026 .*My prior report in this case: California QME\/AME comprehensive/);
    expect(text).toContain(
      'I verify under penalty of perjury that the total number of pages of records reviewed by me in connection with this report is 5.',
    );
  });
});

describe('addendum from a signed IME case', () => {
  it('starts the IME addendum with the examination it adds to and the due date the request gives', async () => {
    const ime = await t.invoke('cases:create', {
      fields: {
        examineeName: 'Robin T. Example',
        dateOfBirth: '1980-05-05',
        claimNumber: 'PI-2026-0042',
        employer: 'Example Auto Rental',
        claimsAdministrator: 'Fictional Mutual',
        reportKind: 'IME',
        examDate: '2026-10-20',
      },
      template: { id: 'ime-personal-injury', version: 1 },
    });
    await t.invoke('caseData:saveValues', {
      caseId: ime.id,
      values: {
        'exam.streetAddress': '12 Example Plaza, Fresno, CA 93721',
        'case.jurisdiction': 'California',
        'exam.othersPresent': 'Plaintiff’s observer',
        preexistingCondition: true,
        returnToBaselineDate: '2026-09-01',
        'signing.date': '2026-11-02',
      },
    });
    t.backend.db.transaction(() =>
      t.backend.services.cases.markSigned(ime.id, {
        version: 1,
        signedAt: new Date().toISOString(),
        signingDate: '2026-11-02',
        county: '',
      }),
    )();
    const options = await t.invoke('cases:supplementalOptions', { fromCaseId: ime.id });
    expect(options.template).toMatchObject({ id: 'ime-addendum', title: 'IME: addendum report' });

    const created = await t.invoke('cases:createSupplemental', {
      fromCaseId: ime.id,
      requestDate: '2026-12-01',
      requestingParty: 'Fictional Mutual',
      dueDate: '2026-12-31',
    });
    expect(created).toMatchObject({ reportKind: 'IME', examDate: '2026-10-20', template: { id: 'ime-addendum' } });
    expect((await t.invoke('caseData:get', { caseId: created.id })).values).toEqual({
      'case.jurisdiction': 'California',
      'exam.streetAddress': '12 Example Plaza, Fresno, CA 93721',
      requestDate: '2026-12-01',
      requestingParty: 'Fictional Mutual',
      priorReportDate: '2026-11-02',
    });
    const summary = await t.invoke('discussion:summary', { caseId: created.id });
    expect(summary.deadlines).toMatchObject({ kind: 'ime', reportDue: { date: '2026-12-31' } });
    expect(summary.fee).toBeNull();

    // The exported addendum cites the report and the examination it follows, in the IME's words (nothing Californian).
    await t.invoke('settings:saveProfile', { name: 'Morgan T. Examiner, MD', credentials: 'MD' });
    await t.invoke('caseData:saveParties', {
      caseId: created.id,
      items: [
        {
          id: randomUUID(),
          role: 'referral-source',
          name: 'Fictional Mutual',
          organization: '',
          address: '1 Example Way',
          phone: '',
          email: '',
        },
      ],
    });
    const { filePath } = await t.backend.services.exports.exportDraft({ caseId: created.id });
    if (process.env.KEEP_EXPORTS) fs.copyFileSync(filePath!, path.join(process.env.KEEP_EXPORTS, 'addendum.docx'));
    const text = (await docxText(filePath!)).replace(/\s+/g, ' ');
    expect(text).toContain(
      'This addendum follows my report dated 11/02/2026 on my independent medical examination of Robin T. Example on 10/20/2026.',
    );
    expect(text).toContain('Since my report of 11/02/2026 I have received no new records and no new questions.');
    expect(text).toContain('My prior report in this case: IME: personal injury');
    expect(text).toMatch(/^INDEPENDENT MEDICAL EXAMINATION Addendum /i);
    expect(text).not.toMatch(/Applicant|WCAB|\bADJ\b|8 CCR|Labor Code|\bQME\b/);
  });
});
