// What a supplemental says it received since the report it follows ("Since my report of … I have received …"): the new
// pages and who sent them, the new questions and who asked, in words a reader expects, ending the sentence once.
import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DATA, type CaseData, type Party } from '../../../electron/common/case/structure-model';
import type { RecordsTotals } from '../../../electron/common/records/report-totals';
import { templateValues } from '../../../electron/common/report/template-values';
import { qmeCaseRecord } from './docx/report-fixture';

const party = (id: string, name: string, organization = ''): Party => ({
  id,
  role: 'applicant-attorney',
  name,
  organization,
  address: '',
  phone: '',
  email: '',
});
const ATTORNEY = party('11111111-1111-4111-8111-111111111111', 'Jordan Advocate, Esq.', 'Advocate & Partners');
const ADJUSTER = party('22222222-2222-4222-8222-222222222222', '', 'Golden Poppy Claims Services');

function receivedSince(data: Partial<CaseData>, records: RecordsTotals | null): unknown {
  return templateValues({ caseRecord: qmeCaseRecord(), data: { ...EMPTY_CASE_DATA, ...data }, records })[
    'supplemental.receivedSince'
  ];
}

const question = (partyId: string | null, n: number) => ({
  id: `3333333${n}-3333-4333-8333-333333333333`,
  partyId,
  text: `Question ${n}?`,
});

describe('what a supplemental received since its last report', () => {
  it('says so when nothing came', () => {
    expect(receivedSince({}, null)).toBe('no new records and no new questions.');
  });

  it('counts the pages to verify and names each sender once', () => {
    const records = {
      totalPagesReceived: 1210,
      totalPagesReviewed: 1204,
      senders: ['Kaiser Permanente', 'Sierra Valley Imaging', 'Kaiser Permanente'],
    };
    expect(receivedSince({}, records)).toBe(
      '1,204 new pages of records from Kaiser Permanente and Sierra Valley Imaging and no new questions.',
    );
  });

  it('names who asked, by name or else organization, and never doubles the period after "Esq."', () => {
    const data = { parties: [ATTORNEY, ADJUSTER], questions: [question(ATTORNEY.id, 1), question(ADJUSTER.id, 2)] };
    expect(receivedSince(data, { totalPagesReceived: 1, totalPagesReviewed: 1, senders: ['A'] })).toBe(
      '1 new page of records from A, and 2 new questions from Jordan Advocate, Esq. and Golden Poppy Claims Services.',
    );
    expect(receivedSince({ parties: [ATTORNEY], questions: [question(null, 1)] }, null)).toBe(
      'no new records and 1 new question from the parties.',
    );
  });
});
