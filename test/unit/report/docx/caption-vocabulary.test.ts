// The caption speaks each template's language: an auto case names the plaintiff, the defendant, the carrier and the date
// of loss; a disability claim the claimant, the plan and the date disability began; only California says "WCAB" or
// "Applicant". Built from the built-in templates, read back from the .docx text.
import { describe, expect, it } from 'vitest';
import type { Party } from '../../../../electron/common/case/structure-model';
import { vocabularyOf } from '../../../../electron/common/template/vocabulary';
import { completeLtdImeCase } from '../../../fixtures/complete-ime-case';
import { buildReport, partText } from './docx-parts';
import { builtinTemplate, GENERATOR_DATA, qmeContext, qmeDocuments } from './report-fixture';

const party = (id: string, role: Party['role'], name: string): Party => ({
  id,
  role,
  name,
  organization: '',
  address: '1 Example Way\nSpringfield, OR 97477',
  phone: '',
  email: '',
});

async function captionText(stem: string, edit: (ctx: ReturnType<typeof qmeContext>) => void = () => {}) {
  const template = await builtinTemplate(stem);
  const ctx = qmeContext();
  ctx.caseRecord.template = { id: template.id, version: template.version };
  edit(ctx);
  const report = await buildReport(template, ctx, qmeDocuments(template), { draft: true }, GENERATOR_DATA);
  const text = partText(report.documentXml);
  return text.slice(0, text.indexOf('Date of examination'));
}

describe('the caption in the template’s words', () => {
  it('a personal-injury IME names the plaintiff, the defendant, the carrier, the court case number and the date of loss', async () => {
    const text = await captionText('ime-personal-injury-v1', (ctx) => {
      ctx.data.injuries = ctx.data.injuries.slice(0, 1).map((i) => ({ ...i, adjNumber: 'CV-2026-0042' }));
      ctx.data.parties = [
        party('p1', 'applicant-attorney', 'Robin Advocate, Esq.'),
        party('p2', 'adjuster', 'Casey Adjuster'),
        party('p3', 'referral-source', 'Defense Firm LLP'),
      ];
    });
    for (const words of ['Plaintiff', 'Defendant', 'Insurance carrier', 'Court case number', 'CV-2026-0042', 'Date of loss']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Plaintiff’s attorney');
    expect(text).toMatch(/Adjuster\s*Casey Adjuster/);
    expect(text).not.toMatch(/Applicant|WCAB|specific injury|None of record/);
  });

  it('a disability IME names the claimant, the plan and the date disability began, and has no case number', async () => {
    const ltd = completeLtdImeCase();
    const text = await captionText('ime-disability-insurance-v1', (ctx) => {
      ctx.caseRecord = { ...ltd.caseRecord };
      ctx.data = ltd.data;
    });
    for (const words of ['Claimant', 'Insurer or plan administrator', 'Claim or policy number', 'Date disability began']) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/Occupation\s*Payroll accountant/);
    expect(text).not.toMatch(/Applicant|WCAB|case number|\[/);
  });

  it('California keeps its own words', async () => {
    const text = await captionText('ca-qme-comprehensive-v1');
    for (const words of ['Applicant', 'WCAB case number', 'Claims administrator', 'Date']) expect(text).toContain(words);
    expect(vocabularyOf({ arena: 'california-workers-comp' }).guidesEdition).toBe('5th');
  });

  it('a template may rename a party for its own line of business', () => {
    const words = vocabularyOf({ arena: 'disability-insurance', terms: { examinee: 'Insured' } });
    expect(words.examinee).toBe('Insured');
    expect(words.dateOfInjury).toBe('Date disability began');
  });
});
