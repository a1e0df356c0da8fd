// The full QME report as LibreOffice lays it out: a sane page count, no running header on page 1, the running header
// and "Page 2 of N" on page 2, every included section heading in template order, and the closing declarations on the
// page of the signature.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportValues } from '../../../electron/backend/report/docx/build-template-report';
import { isSectionIncluded } from '../../../electron/common/template/conditions';
import { sectionsInExportOrder } from '../../../electron/common/template/template-schema';
import { pdfPageCount, pdfText, renderDocxToPdf } from '../../helpers/docx';
import { builtinTemplate, qmeContext } from '../../unit/report/docx/report-fixture';
import { exportFixtureReport, seedQmeCase, type SeededBackend } from './seed-qme-case';

const collapse = (s: string) => s.replace(/\s+/g, ' ');

describe('the exported QME report rendered by LibreOffice', () => {
  let seeded: SeededBackend;
  let pdf: string;
  let pages: number;

  beforeAll(async () => {
    seeded = await seedQmeCase({ psych: true });
    const out = path.join(seeded.dir, 'qme.docx');
    await exportFixtureReport(seeded, out, { draft: true });
    pdf = renderDocxToPdf(out, seeded.dir);
    pages = pdfPageCount(pdf);
  }, 180_000);
  afterAll(async () => {
    await seeded?.close();
  });

  it('has a sane number of pages', () => {
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(20);
  });

  it('shows the caption but not the running header on page 1', () => {
    const first = pdfText(pdf, 1, 1);
    expect(first).toContain('QUALIFIED MEDICAL EVALUATION');
    expect(first).toContain('Maria Q. Sample');
    expect(first).not.toContain('Report date:');
    expect(first).not.toContain('Claim No. SAMPLE-WC-20260115');
    expect(first).toContain(`Page 1 of ${pages}`);
  });

  it('shows the running header and "Page 2 of N" on page 2', () => {
    const second = pdfText(pdf, 2, 2);
    expect(second).toMatch(/Maria Q\. Sample\s+•\s+Claim No\. SAMPLE-WC-20260115\s+Report date: 11\/20\/2026/);
    expect(second).toContain(`Page 2 of ${pages}`);
  });

  it('prints the §5703 statement, the whole §4628(j) declaration and "Executed on…" on the page of the signature', () => {
    const pageTexts = Array.from({ length: pages }, (_, i) => collapse(pdfText(pdf, i + 1, i + 1)));
    const pageOf = (needle: string) => pageTexts.findIndex((t) => t.includes(needle)) + 1;
    const signature = pageOf('Signed in Los Angeles County');
    expect(signature).toBeGreaterThan(0);
    for (const needle of [
      'Statement under Labor Code §5703',
      'that there has not been a violation of Labor Code section 139.3',
      'Declaration under penalty of perjury (Labor Code §4628(j))',
      'the information contained in this report and its attachments',
      'except as noted herein, that I believe it to be true.',
      'Executed on 11/20/2026, in Los Angeles County, California.',
      'Date signed: 11/20/2026',
    ])
      expect(pageOf(needle), needle).toBe(signature);
  });

  it('has every included section heading, in template order', async () => {
    const template = await builtinTemplate('ca-qme-comprehensive-v1');
    const values = reportValues(qmeContext({ psych: true }));
    const titles = sectionsInExportOrder(template)
      .filter((s) => isSectionIncluded(s, values) && !(s.kind === 'generated' && s.generator === 'caption'))
      .map((s) => s.title);
    expect(titles).toContain('Psychiatric injury, causation by actual events of employment');
    const text = collapse(pdfText(pdf));
    let from = 0;
    for (const title of titles) {
      const at = text.indexOf(collapse(title), from);
      expect(at, `"${title}" after position ${from}`).toBeGreaterThan(-1);
      from = at + title.length;
    }
  });
});
