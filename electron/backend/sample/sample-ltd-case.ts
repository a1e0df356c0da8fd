// The fictional sample LTD independent medical examination: the policy definition, history, examination, diagnoses,
// a filled restrictions-and-limitations grid, and the insurer's questions. Every name, number and fact is invented.
import { tableValueName } from '../../common/report/table-values';
import type { SampleCase } from './sample-types';
import { bullets, para, paras } from './sample-types';

// An activity that is not restricted has no kind, dates or duration: printing "Restriction" beside it would contradict it.
const row = (id: string, capacity: string, atOneTime: string, perDay: string, kind: string, duration: string) => ({
  id,
  label: id,
  cells:
    capacity === 'not-restricted'
      ? { capacity }
      : {
          capacity,
          'at-one-time': atOneTime,
          'total-per-day': perDay,
          kind,
          from: '2026-10-14',
          through: '2027-04-14',
          duration,
        },
});

const GRID = {
  rows: [
    row('sit', 'frequently', '45 minutes', '6 hours', 'restriction', 'temporary'),
    row('stand', 'occasionally', '20 minutes', '2 hours', 'restriction', 'temporary'),
    row('walk', 'occasionally', '15 minutes', '2 hours', 'restriction', 'temporary'),
    row('lift-carry-up-to-10-lb', 'frequently', '', '', 'restriction', 'temporary'),
    row('lift-carry-11-to-20-lb', 'occasionally', '', '', 'restriction', 'temporary'),
    row('lift-carry-21-to-50-lb', 'never', '', '', 'limitation', 'temporary'),
    row('lift-carry-over-50-lb', 'never', '', '', 'limitation', 'permanent'),
    row('push-pull', 'occasionally', '', '', 'restriction', 'temporary'),
    row('reach-overhead', 'not-restricted', '', '', 'restriction', 'undetermined'),
    row('reach-forward', 'not-restricted', '', '', 'restriction', 'undetermined'),
    row('handle-grasp', 'frequently', '', '', 'restriction', 'undetermined'),
    row('fine-manipulation', 'not-restricted', '', '', 'restriction', 'undetermined'),
    row('cognitive-concentration', 'not-restricted', '', '', 'restriction', 'undetermined'),
    row('cognitive-complex-tasks', 'not-restricted', '', '', 'restriction', 'undetermined'),
    row('cognitive-pace-and-stress', 'frequently', '', '', 'restriction', 'temporary'),
  ],
};

export const SAMPLE_LTD_CASE: SampleCase = {
  template: { id: 'ime-disability-insurance', version: 1 },
  fields: {
    examineeName: 'Thomas B. Placeholder',
    dateOfBirth: '1971-08-23',
    claimNumber: 'LTD-55-0192837',
    employer: 'Northwind Civil Engineering (fictional)',
    claimsAdministrator: 'Evergreen Mutual Disability Insurance (fictional)',
    reportKind: 'IME',
    examDate: '2026-10-14',
  },
  injuries: [
    {
      id: 'i1',
      kind: 'specific',
      date: '2026-03-02',
      ctFrom: null,
      ctTo: null,
      adjNumber: '',
      description: 'Onset of disabling low back and leg pain.',
      psychClaimed: false,
      bodyParts: [{ name: 'Lumbar spine', status: 'undetermined' }],
    },
  ],
  parties: [
    {
      id: 'p1',
      role: 'referral-source',
      name: 'Renata Olsen, Disability Claims Specialist',
      organization: 'Evergreen Mutual Disability Insurance (fictional)',
      address: '400 Sample Street\nPortland, OR 97204',
      phone: '(503) 555-0173',
      email: '',
    },
  ],
  diagnoses: [
    {
      id: 'd1',
      bodyPart: 'Lumbar spine',
      code: 'M51.16',
      description: 'Intervertebral disc disorders with radiculopathy, lumbar region',
    },
    {
      id: 'd2',
      bodyPart: 'Lumbar spine',
      code: 'M48.062',
      description: 'Spinal stenosis, lumbar region with neurogenic claudication',
    },
  ],
  measurements: [],
  questions: [
    {
      id: 'q1',
      partyId: 'p1',
      text: 'What are the claimant’s current restrictions and limitations, and how long are they expected to last?',
      answer: paras(
        'They are listed in the restrictions-and-limitations grid above: sedentary to light work with position changes, lifting no more than 20 pounds occasionally, for six months from the examination, when they should be reassessed after the planned decompression surgery.',
      ),
    },
    {
      id: 'q2',
      partyId: 'p1',
      text: 'Is the claimant able to perform the material duties of his own occupation as a field civil engineer?',
      answer: paras(
        'Not at present. His occupation requires walking uneven job sites for most of the day and climbing, which exceed the standing and walking tolerances found on examination. He can perform the office-based duties of the occupation.',
      ),
    },
  ],
  values: {
    'exam.streetAddress': '900 Example Medical Center Drive, Suite 12, Portland, OR 97210',
    'case.reportDate': '2026-10-21',
    'case.jurisdiction': 'Oregon',
    'exam.othersPresent': 'None',
    'signing.county': 'Multnomah',
    'signing.state': 'Oregon',
    coverageType: 'ltd',
    definitionStandard: 'own-occupation',
    policyDefinitionText:
      '“Disability” means that, due to sickness or injury, you are unable to perform with reasonable continuity the material duties of your own occupation, and you are under the regular care of a physician.',
    occupation:
      'Field civil engineer: site inspections on foot (6 hours a day), climbing ladders, carrying survey equipment up to 40 pounds, office design work.',
    'case.occupation': 'Field civil engineer',
    policyNumber: 'GLTD-000-4471 (fictional)',
    lastDayWorked: '2026-04-14',
    eliminationPeriod: '90 days',
    [tableValueName('restrictions-and-limitations')]: JSON.stringify(GRID),
  },
  sections: {
    'records-not-available': paras(
      'The operative plan of the treating spine surgeon was referred to in the records but not provided.',
    ),
    'history-of-condition': paras(
      'Mr. Placeholder reports the onset of low back pain radiating to both legs on 03/02/2026 after a long site inspection. Symptoms progressed over six weeks to neurogenic claudication limiting walking to about one block. He stopped working on 04/15/2026.',
    ),
    'occupational-history': paras(
      'Licensed civil engineer for 24 years; field engineer for a regional firm since 2015. About 70% of his day is spent on construction sites.',
    ),
    'current-complaints-and-function': [
      bullets(
        'Low back pain 5/10, bilateral buttock and calf pain after 10 minutes of walking.',
        'Sitting tolerance about 45 minutes.',
        'Independent in self-care; drives short distances.',
      ),
    ],
    'past-medical-history': paras('Hyperlipidemia. Right inguinal hernia repair in 2008. Medications: atorvastatin, meloxicam.'),
    'physical-examination': [
      para(
        'Gait slow but independent. Lumbar flexion 50°, extension 10° with reproduction of leg pain. Strength 5/5 throughout; reflexes symmetric; straight-leg raising negative bilaterally. Waddell signs 0/5.',
      ),
    ],
    'functional-testing': paras(
      'Timed walk: 6 minutes before stopping for leg pain. Consistent effort on grip testing (coefficient of variation under 15%).',
    ),
    'restrictions-rationale': paras(
      'The restrictions follow from neurogenic claudication due to L4-5 stenosis with a superimposed disc protrusion: standing and walking provoke leg symptoms, sitting and flexion relieve them. They are expected to improve after decompression.',
    ),
    'ability-to-work': paras(
      'He cannot perform the field duties of his own occupation with reasonable continuity. He can perform sedentary office-based engineering work within the restrictions.',
    ),
    'treatment-recommendations': paras(
      'Lumbar decompression at L4-5 as planned by his treating surgeon; post-operative physical therapy for 12 weeks.',
    ),
    prognosis: paras('Good for return to his own occupation within 4 to 6 months after successful decompression.'),
  },
};
