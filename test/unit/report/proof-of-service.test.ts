// Who is served and what the declaration says, from the §36 table: a represented case gets the Form 122-style
// declaration and is served on the worker, attorneys and claims administrator (never the employer); an unrepresented
// one gets the Form 111 note; other forums only the service list.
import { describe, expect, it } from 'vitest';
import {
  buildProofOfService,
  PROOF_OF_SERVICE_RULES,
  type ServiceDetails,
} from '../../../electron/common/report/proof-of-service';
import { templateValues } from '../../../electron/common/report/template-values';
import { PARTIES, PHYSICIAN, qmeContext } from './docx/report-fixture';

const SERVICE: ServiceDetails = {
  method: 'mail',
  date: '2026-11-24',
  county: 'Los Angeles',
  declarantName: 'Avery R. Fictional',
  declarantAddress: '500 Example Avenue, Suite 200\nPasadena, CA 91101',
};

function build(options: { parties?: typeof PARTIES; arena?: string; service?: Partial<ServiceDetails> } = {}) {
  const ctx = qmeContext();
  if (options.parties) ctx.data = { ...ctx.data, parties: options.parties };
  return buildProofOfService({
    ctx,
    values: templateValues(ctx),
    arena: options.arena ?? 'california-workers-comp',
    documentTitle: 'Qualified Medical Evaluation report',
    service: { ...SERVICE, ...options.service },
  });
}

describe('the proof of service', () => {
  it('names its source and version', () => {
    expect(PROOF_OF_SERVICE_RULES.source.map((s) => s.citation).join(' ')).toMatch(/8 CCR §36\(a\)\(1\).*8 CCR §36\(b\)/);
    expect(build().rules).toEqual({
      id: 'ca-proof-of-service',
      version: '1.0.0',
      effectiveFrom: PROOF_OF_SERVICE_RULES.effectiveFrom,
    });
  });

  it('serves a represented case on the examinee, both attorneys and the claims administrator, with their addresses', () => {
    const pos = build();
    expect(pos.kind).toBe('declaration');
    expect(pos.serviceList.rows.map((r) => [r.role, r.name, r.addressLines.join(' / ')])).toEqual([
      ['Examinee', 'Maria Q. Sample', '12 Fictional Lane / Torrance, CA 90501'],
      ['Applicant attorney', 'Jordan Advocate, Esq.', '100 Main Street, Suite 4 / Long Beach, CA 90802'],
      ['Defense attorney', 'Casey Counsel, Esq.', '200 Ocean Boulevard / Santa Monica, CA 90401'],
      ['Claims administrator', 'Dana Adjuster', 'PO Box 1000 / Sacramento, CA 95800'],
    ]);
    expect(pos.warnings).toEqual([]);
  });

  it('states the declarant, the document, the date, the method, the county and the penalty of perjury', () => {
    const d = build().declaration!;
    const text = [...d.paragraphs, d.perjury, d.executed].join('\n');
    expect(text).toContain('I, Avery R. Fictional, declare:');
    expect(text).toContain(
      'employed in, the County of Los Angeles, State of California. My business address is 500 Example Avenue, Suite 200, Pasadena, CA 91101.',
    );
    expect(text).toContain(
      `On 11/24/2026, I served the Qualified Medical Evaluation report dated 11/20/2026, signed by ${PHYSICIAN.name}, ${PHYSICIAN.credentials}, concerning Maria Q. Sample`,
    );
    expect(text).toContain('first-class postage fully prepaid');
    expect(text).toContain(
      'I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.',
    );
    expect(text).toContain('Executed on 11/24/2026, in Los Angeles County, California.');
    expect(d.caseLines).toEqual([
      { label: 'Case', value: 'Maria Q. Sample v. Harbor View Distribution, Inc.; Golden Poppy Claims Services' },
      { label: 'Claim no.', value: 'SAMPLE-WC-20260115' },
      { label: 'WCAB case no(s).', value: 'ADJ1234567; ADJ7654321' },
    ]);
  });

  it('serves electronically with each e-mail address, and warns for a party without one', () => {
    const parties = PARTIES.map((p) =>
      p.role === 'claims-administrator' ? p : { ...p, email: `${p.name.split(' ')[0]!.toLowerCase()}@example.invalid` },
    );
    const pos = build({ parties, service: { method: 'electronic' } });
    expect(pos.serviceList.showEmail).toBe(true);
    expect(pos.declaration!.paragraphs.join(' ')).toContain('by electronic transmission');
    expect(pos.serviceList.rows.find((r) => r.role === 'Applicant attorney')!.email).toBe('jordan@example.invalid');
    expect(pos.warnings).toEqual(['Dana Adjuster (claims administrator) has no e-mail address for electronic service.']);
  });

  it('for an unrepresented worker: no declaration, the Form 111 note, and no attorneys to serve', () => {
    const pos = build({ parties: PARTIES.filter((p) => p.role !== 'applicant-attorney') });
    expect(pos.kind).toBe('unrepresented');
    expect(pos.declaration).toBeNull();
    expect(pos.notes!.paragraphs[0]).toMatch(
      /8 CCR §36\(b\) requires, QME Form 111 \(QME Findings Summary\) is completed and attached/,
    );
    expect(pos.serviceList.rows.map((r) => r.role)).toEqual(['Examinee', 'Claims administrator']);
  });

  it('lists the examinee without an address, and says so, when they are not among the parties', () => {
    const pos = build({ parties: PARTIES.filter((p) => p.role !== 'examinee') });
    expect(pos.serviceList.rows[0]).toMatchObject({ name: 'Maria Q. Sample', addressLines: ['[Address not entered]'] });
    expect(pos.warnings[0]).toMatch(/Add the examinee as a party \(role Examinee\) with their address/);
  });

  it('outside California workers’ compensation: only the service list, with a note', () => {
    const pos = build({ arena: 'disability-insurance' });
    expect(pos.kind).toBe('list-only');
    expect(pos.declaration).toBeNull();
    expect(pos.notes!.paragraphs[0]).toMatch(/only for California workers' compensation reports/);
  });

  it('warns when the declarant has no business address', () => {
    expect(build({ service: { declarantAddress: '' } }).warnings).toContain(
      'The declaration of service has no business address: add your practice address in Settings → Physician profile.',
    );
  });
});
