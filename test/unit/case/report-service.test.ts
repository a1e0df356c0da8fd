// The pure rules of recording service: the bounds of the date of service, who the rules serve by default, the sentence
// that names a service, and the case list's deadline once a report is served (closed, reopened by a later supplemental request).
import { describe, expect, it } from 'vitest';
import { EMPTY_SCHEDULE } from '../../../electron/common/case/discussion-model';
import { nextDeadlineOf } from '../../../electron/common/case/discussion-summary';
import {
  describeService,
  serviceCandidates,
  serviceDateIssue,
  servedRolesFor,
  type ServiceRecord,
} from '../../../electron/common/case/report-service';
import type { Party } from '../../../electron/common/case/structure-model';
import { completeQmeCase } from '../../fixtures/complete-qme-case';

const party = (id: string, role: Party['role'], name: string): Party => ({
  id,
  role,
  name,
  organization: '',
  address: '',
  phone: '',
  email: '',
});

describe('the date of service', () => {
  it.each([
    ['2026-11-24', null],
    ['2026-11-25', null],
    [
      '2026-11-23',
      'The report was signed on 11/24/2026, so it cannot have been served earlier. Enter 11/24/2026 or a later date.',
    ],
    ['2026-11-26', '11/26/2026 is in the future. Enter the date the report was served: today (11/25/2026) or earlier.'],
    ['2026-13-01', 'Enter the date the report was served (MM/DD/YYYY).'],
    [null, 'Enter the date the report was served (MM/DD/YYYY).'],
  ])('%s → %s', (date, issue) => {
    expect(serviceDateIssue(date, '2026-11-24', '2026-11-25')).toBe(issue);
  });
});

describe('who is served by default', () => {
  const attorney = party('a', 'applicant-attorney', 'Ann Attorney');
  const defense = party('d', 'defense-attorney', 'Dee Defense');
  const admin = party('c', 'claims-administrator', 'Cal Claims');

  it('serves the attorneys in a represented California case and outside California, not in an unrepresented one', () => {
    expect(servedRolesFor([attorney, admin], 'california-workers-comp')).toContain('defense-attorney');
    expect(servedRolesFor([defense, admin], 'california-workers-comp')).not.toContain('defense-attorney');
    expect(servedRolesFor([defense, admin], 'disability-insurance')).toContain('defense-attorney');
  });

  it('offers an examinee missing from the parties by the case’s name, and no one nameless', () => {
    const roles = servedRolesFor([admin], 'california-workers-comp');
    expect(serviceCandidates([admin, defense], 'Maria Q. Sample', roles)).toEqual([
      { partyId: 'examinee', name: 'Maria Q. Sample', role: 'examinee', getsReport: true },
      { partyId: 'c', name: 'Cal Claims', role: 'claims-administrator', getsReport: true },
      { partyId: 'd', name: 'Dee Defense', role: 'defense-attorney', getsReport: false },
    ]);
    expect(serviceCandidates([admin], '  ', roles).map((c) => c.partyId)).toEqual(['c']);
  });
});

describe('the sentence of a service', () => {
  const record: ServiceRecord = {
    version: 1,
    servedOn: '2026-12-01',
    method: 'mail',
    otherMethod: '',
    parties: [
      { partyId: 'c', name: 'Dana Adjuster', role: 'claims-administrator' },
      { partyId: 'a', name: 'Jordan Advocate, Esq.', role: 'applicant-attorney' },
    ],
    recordedAt: '2026-12-01T20:00:00.000Z',
  };
  it.each<[Partial<ServiceRecord>, string]>([
    [{}, 'Served on 12/01/2026 by mail to Dana Adjuster; Jordan Advocate, Esq.'],
    [{ method: 'personal' }, 'Served on 12/01/2026 by personal delivery to Dana Adjuster; Jordan Advocate, Esq.'],
    [
      { method: 'other', otherMethod: 'overnight courier' },
      'Served on 12/01/2026 by overnight courier to Dana Adjuster; Jordan Advocate, Esq.',
    ],
  ])('%j', (change, sentence) => {
    expect(describeService({ ...record, ...change })).toBe(sentence);
  });
});

describe('the case list’s deadline after service', () => {
  const { caseRecord } = completeQmeCase();
  const today = '2026-03-12';

  it('is closed by service, whatever the case’s status', () => {
    expect(nextDeadlineOf(caseRecord, EMPTY_SCHEDULE, today)).toMatchObject({ date: '2026-04-01' });
    expect(nextDeadlineOf({ ...caseRecord, status: 'served' }, EMPTY_SCHEDULE, today, '2026-03-10')).toBeNull();
    expect(nextDeadlineOf({ ...caseRecord, status: 'drafting' }, EMPTY_SCHEDULE, today, '2026-03-10')).toBeNull();
  });

  it('opens again for a supplemental report requested after the service, not on or before it', () => {
    const requested = (date: string) => ({ ...EMPTY_SCHEDULE, supplementalRequestDate: date });
    const served = { ...caseRecord, status: 'served' as const };
    expect(nextDeadlineOf(served, requested('2026-03-11'), today, '2026-03-10')).toMatchObject({
      label: 'Supplemental report due',
      date: '2026-05-10',
    });
    expect(nextDeadlineOf(served, requested('2026-03-10'), today, '2026-03-10')).toBeNull();
    expect(nextDeadlineOf(served, requested('2026-03-01'), today, '2026-03-10')).toBeNull();
  });

  it('stays closed for an IME, whose deadline comes from the referral alone', () => {
    const ime = { ...caseRecord, reportKind: 'IME' as const, status: 'served' as const };
    const schedule = { ...EMPTY_SCHEDULE, referralDueDate: '2026-04-01', supplementalRequestDate: '2026-03-11' };
    expect(nextDeadlineOf(ime, schedule, today, '2026-03-10')).toBeNull();
  });
});
