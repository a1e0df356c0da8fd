// The compliance check as the workspace asks for it (each open, each saved change) reads the report without building the
// generated tables' rows: its findings are those of the full assembly the export checks, and the records table (every
// chronology entry with its summary) is never read for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentRepository } from '../../../electron/backend/documents/document-repository';
import { checkReport, createReportAssembler } from '../../../electron/backend/report/assemble-report';
import { createTempBackend, fixedClock, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;

beforeAll(() => {
  t = createTempBackend({ prefix: 'medlegal-check-without-tables-', now: fixedClock('2026-11-20') });
});
afterAll(async () => {
  await t.cleanup();
});

describe('the compliance check without the generated tables', () => {
  // The sample imports its record set (with chronology entries) through the import workers: slow on a loaded machine.
  it('finds what the full assembly finds, without reading the records reviewed', { timeout: 120_000 }, async () => {
    const { id } = await t.invoke('cases:openSample', { sample: 'qme' });
    const { services, db } = t.backend;
    expect(services.records.reviewedRows(id)?.batches.some((b) => b.rows.length > 0)).toBe(true);
    let reviewedReads = 0;
    const assembler = createReportAssembler({
      cases: services.cases,
      caseData: services.caseData,
      templates: services.templates,
      discussion: services.discussion,
      documents: createDocumentRepository(db),
      physician: services.settings.profile,
      today: () => '2026-11-20',
      records: {
        totals: services.records.totalsFor,
        reviewedRows: (caseId) => {
          reviewedReads++;
          return services.records.reviewedRows(caseId);
        },
      },
    });

    const stamp = { 'signing.date': '2026-11-20' };
    const full = checkReport(await assembler.assemble(id, stamp));
    expect(reviewedReads).toBe(1);
    const light = await assembler.check(id, stamp);
    expect(reviewedReads).toBe(1);
    expect(light).toEqual(full);
    // Something to compare: the sample's check has passes, and misses the physician's profile.
    expect(light.filter((i) => i.status === 'pass').length).toBeGreaterThan(20);
    expect(light.some((i) => i.status === 'missing')).toBe(true);
    // The channels answer with the same check.
    expect(await t.invoke('compliance:check', { caseId: id })).toEqual(checkReport(await services.assembler.assemble(id)));
  });
});
