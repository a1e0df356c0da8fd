// The full QME report as LibreOffice lays it out: a sane page count, no running header on page 1, the running header
// and "Page 2 of N" on page 2, and every included section heading in template order.
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
