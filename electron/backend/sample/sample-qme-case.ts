// The fictional sample QME comprehensive case (ML201): two injuries (a specific lifting injury and a cumulative-trauma
// wrist claim), both attorneys, a complete interview and examination, diagnoses, and questions from two parties.
// Every name, number and fact is invented.
import type { SampleCase } from './sample-types';
import { bullets, heading, numbered, para, paras } from './sample-types';

export const SAMPLE_QME_CASE: SampleCase = {
  template: { id: 'ca-qme-comprehensive', version: 1 },
  fields: {
    examineeName: 'Maria Q. Sample',
    dateOfBirth: '1979-04-12',
    claimNumber: 'GPC-WC-2026-00417',
    employer: 'Harbor View Distribution, Inc.',
    claimsAdministrator: 'Golden Poppy Claims Services',
    reportKind: 'QME',
    examDate: '2026-11-02',
  },
  injuries: [
    {
      id: 'i1',
      kind: 'specific',
      date: '2026-01-15',
      ctFrom: null,
      ctTo: null,
      adjNumber: 'ADJ98765432',
      description: 'Lifting a 60-pound carton from a pallet to a conveyor.',
      psychClaimed: false,
      bodyParts: [
        { name: 'Lumbar spine', status: 'accepted' },
        { name: 'Left knee', status: 'disputed' },
      ],
    },
    {
      id: 'i2',
      kind: 'cumulative',
      date: null,
      ctFrom: '2019-09-01',
      ctTo: '2026-01-15',
      adjNumber: 'ADJ98765433',
      description: 'Repetitive barcode scanning and keyboarding.',
      psychClaimed: false,
      bodyParts: [{ name: 'Right wrist', status: 'disputed' }],
    },
  ],
  parties: [
    {
      id: 'p1',
      role: 'applicant-attorney',
      name: 'Daniel R. Okafor, Esq.',
      organization: 'Okafor & Lindqvist (fictional)',
      address: '500 Example Blvd, Suite 210\nLong Beach, CA 90802',
      phone: '(562) 555-0141',
      email: '',
    },
    {
      id: 'p2',
      role: 'defense-attorney',
      name: 'Priya N. Castellanos, Esq.',
      organization: 'Castellanos Defense Group (fictional)',
      address: '77 Sample Plaza, 9th Floor\nLos Angeles, CA 90071',
      phone: '(213) 555-0198',
      email: '',
    },
    {
      id: 'p3',
      role: 'claims-administrator',
      name: 'Terrence Vu, Senior Claims Examiner',
      organization: 'Golden Poppy Claims Services',
      address: 'PO Box 0000\nSacramento, CA 95812',
      phone: '(916) 555-0110',
      email: '',
    },
    {
      id: 'p4',
      role: 'employer',
      name: 'Harbor View Distribution, Inc.',
      organization: '',
      address: '1200 Fictional Way\nCarson, CA 90745',
      phone: '',
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
      bodyPart: 'Left knee',
      code: 'S83.242D',
      description: 'Other tear of medial meniscus, current injury, left knee, subsequent encounter',
    },
    { id: 'd3', bodyPart: 'Right wrist', code: 'G56.01', description: 'Carpal tunnel syndrome, right upper limb' },
  ],
  measurements: [
    {
      id: 'm1',
      bodyPart: 'Lumbar spine',
      kind: 'range-of-motion',
      name: 'Flexion',
      side: 'n/a',
      value: '40',
      normal: '60',
      unit: '°',
    },
    {
      id: 'm2',
      bodyPart: 'Lumbar spine',
      kind: 'range-of-motion',
      name: 'Extension',
      side: 'n/a',
      value: '15',
      normal: '25',
      unit: '°',
    },
    {
      id: 'm3',
      bodyPart: 'Right hand',
      kind: 'grip',
      name: 'Jamar, position 2',
      side: 'right',
      value: '18',
      normal: '30',
      unit: 'kg',
    },
    {
      id: 'm4',
      bodyPart: 'Left hand',
      kind: 'grip',
      name: 'Jamar, position 2',
      side: 'left',
      value: '27',
      normal: '28',
      unit: 'kg',
    },
  ],
  questions: [
    {
      id: 'q1',
      partyId: 'p1',
      text: 'Did the examinee sustain an industrial injury to the left knee on January 15, 2026?',
      answer: paras(
        'Yes. Within reasonable medical probability the left knee was injured in the same lifting event: she pivoted on the planted left leg while turning toward the conveyor, had immediate medial knee pain, and the MRI of 03/11/2026 shows an acute-appearing tear of the posterior horn of the medial meniscus without prior knee complaints in the records.',
      ),
    },
    {
      id: 'q2',
      partyId: 'p1',
      text: 'Is the examinee in need of further medical treatment, including the lumbar epidural injection requested by the treating physician?',
      answer: paras(
        'Yes. A left L4-5 transforaminal epidural steroid injection is reasonable and consistent with the MTUS for persistent radicular pain with concordant imaging after failed conservative care. Future medical care is set out in the section on medical treatment.',
      ),
    },
    {
      id: 'q3',
      partyId: 'p2',
      text: 'Please address apportionment to non-industrial factors, including the degenerative findings on the lumbar MRI.',
      answer: paras(
        'The mild multilevel facet arthropathy on the lumbar MRI is pre-existing degenerative pathology that contributes to the present permanent disability. I apportion 80% of the lumbar permanent disability to the industrial injury of 01/15/2026 and 20% to pre-existing degenerative disease; the reasons (how and why) are given in the apportionment discussion.',
      ),
    },
  ],
  values: {
    'case.evaluatorRole': 'Panel QME (panel no. 7654321), orthopaedic surgery',
    'exam.streetAddress': '2400 Example Medical Plaza, Suite 300, Torrance, CA 90505',
    'case.reportDate': '2026-11-20',
    'case.interpreter': '',
    'signing.county': 'Los Angeles',
    remoteEvaluation: false,
    historyTakenBy: 'Avery J. Example, MD',
    recordsSummarizedBy: 'Avery J. Example, MD',
    examinationPerformedBy: 'Avery J. Example, MD',
    conclusionsDraftedBy: 'Avery J. Example, MD',
    otherContributors:
      'Jamie Rivera, MA, medical assistant: vital signs and Jamar grip-strength measurements under my supervision.',
    adGuidelinesCompliance: 'complied',
    timeSpent:
      'Face-to-face time with the examinee: 1 hour 10 minutes. Record review: 3 hours 30 minutes. Report preparation: 4 hours.',
    selfProcuredReportsReceived: false,
  },
  discussion: {
    impairments: [
      {
        id: 'im1',
        injuryId: 'i1',
        bodyPart: 'Lumbar spine',
        method: 'DRE Lumbar Category III (radiculopathy)',
        citation: 'Table 15-3, p. 384',
        regionalValue: null,
        regionalLevel: null,
        wpi: 13,
        region: null,
        almarazGuzman: null,
      },
      {
        id: 'im2',
        injuryId: 'i1',
        bodyPart: 'Left knee',
        method: 'Partial medial meniscectomy equivalent',
        citation: 'Table 17-33, p. 546',
        regionalValue: 5,
        regionalLevel: 'lower-extremity',
        wpi: null,
        region: null,
        almarazGuzman: null,
      },
      {
        id: 'im3',
        injuryId: 'i2',
        bodyPart: 'Right wrist',
        method: 'Entrapment neuropathy, median nerve at the wrist, mild',
        citation: 'Table 16-15, p. 492',
        regionalValue: 10,
        regionalLevel: 'upper-extremity',
        wpi: null,
        region: null,
        almarazGuzman: null,
      },
    ],
    combine: [{ injuryId: 'i1', method: 'combine', addReason: '' }],
    apportionments: [
      {
        id: 'ap1',
        injuryId: 'i1',
        bodyPart: 'Lumbar spine',
        industrialPercent: 80,
        industrialExplanation:
          'The lifting injury of 01/15/2026 caused the acute L4-5 disc protrusion that produces the left L5 radiculopathy on which the DRE category rests; that is most of the present disability.',
        factors: [
          {
            kind: 'pre-existing-pathology',
            label: 'Multilevel facet arthropathy, L3-S1',
            percent: 20,
            explanation:
              'The MRI of 03/04/2026 shows mild multilevel facet arthropathy, a degenerative process that began before the injury. It causes part of her present axial back pain and loss of motion, and would do so without the injury.',
          },
        ],
        cannotApportion: false,
        cannotApportionReasons: '',
      },
      {
        id: 'ap2',
        injuryId: 'i1',
        bodyPart: 'Left knee',
        industrialPercent: 100,
        industrialExplanation:
          'The tear was caused by the pivoting injury; there is no prior knee complaint, treatment or imaging finding of degeneration.',
        factors: [],
        cannotApportion: false,
        cannotApportionReasons: '',
      },
      {
        id: 'ap3',
        injuryId: 'i2',
        bodyPart: 'Right wrist',
        industrialPercent: 100,
        industrialExplanation:
          'The median neuropathy was caused by six years of repetitive scanning and keyboarding; she has no diabetes, thyroid disease or other risk factor.',
        factors: [],
        cannotApportion: false,
        cannotApportionReasons: '',
      },
    ],
    tdPeriods: [
      { id: 'td1', from: '2026-01-15', to: '2026-02-20', kind: 'partial' },
      { id: 'td2', from: '2026-02-21', to: '2026-11-02', kind: 'total' },
    ],
    ps: { status: 'permanent-and-stationary', date: '2026-11-02' },
    fee: { code: 'ML201', modifiers: [], pagesReviewedOverride: 350, minutes: null, combining: null },
  },
  sections: {
    introduction: [
      para(
        'I evaluated Ms. Sample as the Panel Qualified Medical Evaluator in orthopaedic surgery (panel no. 7654321) at the request of both parties. The disputed issues are injury AOE/COE to the left knee and right wrist, temporary disability, permanent and stationary status, permanent impairment, apportionment, work restrictions and future medical care.',
      ),
      para(
        'I received cover letters from the applicant’s attorney dated 10/06/2026 and from defense counsel dated 10/09/2026. Their questions are answered at the end of this report.',
      ),
    ],
    'history-of-injury': [
      para(
        'Ms. Sample is a 47-year-old right-hand-dominant warehouse lead. On ',
        { text: '01/15/2026', bold: true },
        ', while lifting a 60-pound carton from a pallet to a conveyor, she felt a sudden pull in the low back with pain radiating into the ',
        { text: 'left', italic: true },
        ' leg, and a twisting pain in the left knee as she pivoted. She reported the injury the same day and was seen at the employer’s occupational clinic.',
      ),
      para(
        'She also describes gradually increasing numbness and tingling of the right thumb, index and middle fingers since about 2023, worse with barcode scanning and keyboarding, which she relates to her duties since 09/2019.',
      ),
    ],
    'employment-history': [
      para(
        'Warehouse lead at Harbor View Distribution since 09/2019, 10-hour shifts, four days a week. Duties: lifting and carrying cartons up to 70 pounds, repetitive scanning with a handheld scanner (about 1,200 scans per shift), keyboarding, pallet jack operation. She has not worked since 02/20/2026, when modified duty ended.',
      ),
    ],
    'current-complaints': [
      bullets(
        'Low back pain, 6/10 at rest and 8/10 with bending, constant.',
        'Left leg pain and numbness of the lateral calf, worse after sitting more than 30 minutes.',
        'Left medial knee pain with stairs and squatting; occasional catching.',
        'Right-hand numbness at night, dropping small objects.',
      ),
    ],
    'past-medical-history': paras(
      'Hypertension, controlled with lisinopril. Appendectomy in 1998. No diabetes, thyroid disease or inflammatory arthritis. Medications: lisinopril 10 mg daily, naproxen 500 mg twice daily, gabapentin 300 mg at night. Allergies: none known.',
    ),
    'prior-injuries-and-claims': paras(
      'No prior workers’ compensation claims or awards. No prior injury to the low back, the left knee or the right upper extremity. A motor vehicle accident in 2012 caused neck strain that resolved within weeks.',
    ),
    'social-history-and-daily-activities': paras(
      'She lives with her husband and two teenage children. She does not smoke and drinks alcohol rarely. She now needs help with laundry and grocery shopping, cannot sit through a movie, and wakes two to three times a night from back pain and hand numbness (ADL limitations).',
    ),
    'physical-examination': [
      heading('Lumbar spine'),
      para(
        'Tenderness over the left L4-5 paraspinal muscles. Flexion 40° (normal 60°), extension 15° (normal 25°). Straight-leg raising positive on the left at 45°. Decreased light touch over the left L5 dermatome. Extensor hallucis longus 4/5 on the left.',
      ),
      heading('Left knee'),
      para(
        'Medial joint-line tenderness, positive McMurray test, no effusion, stable to varus and valgus stress. Range of motion 0–125°.',
      ),
      heading('Right wrist and hand'),
      para(
        'Positive Tinel and Phalen signs at the right carpal tunnel. Two-point discrimination 6 mm in the right index finger. Grip strength (Jamar, position 2): right 18 kg, left 27 kg.',
      ),
    ],
    'diagnostic-testing': [
      numbered(
        'MRI lumbar spine, 03/04/2026: L4-5 left paracentral disc protrusion contacting the left L5 nerve root; mild multilevel facet arthropathy.',
        'MRI left knee, 03/11/2026: tear of the posterior horn of the medial meniscus.',
        'EMG/NCS, 05/20/2026: moderate right median neuropathy at the wrist; no lumbar radiculopathy on needle study.',
      ),
    ],
    causation: paras(
      'The lumbar spine and left knee injuries arose out of and occurred in the course of employment (AOE/COE): the mechanism (lifting and pivoting with a 60-pound carton), the immediate onset of symptoms, the same-day report and the imaging findings are consistent.',
      'The right carpal tunnel syndrome is, within reasonable medical probability, caused by the cumulative trauma of repetitive scanning and keyboarding from 09/2019 to 01/15/2026.',
    ),
    'temporary-disability': paras(
      'She was temporarily partially disabled from 01/15/2026 to 02/20/2026 (modified duty provided) and temporarily totally disabled from 02/21/2026 to 11/02/2026, the date she became permanent and stationary.',
    ),
    'permanent-and-stationary-status': paras(
      'She reached maximum medical improvement and is permanent and stationary as of the date of my examination, 11/02/2026. Further treatment may relieve symptoms but is not expected to change her impairment substantially within the next year.',
    ),
    'impairment-discussion': paras(
      'The lumbar spine is rated by the DRE method (AMA Guides 5th, Table 15-3): DRE Lumbar Category III for radiculopathy with a verified dermatomal deficit. The left knee is rated under Table 17-33 for a partial medial meniscectomy-equivalent tear. The right upper extremity is rated for entrapment neuropathy under Table 16-15. The values are combined with the Combined Values Chart, largest first.',
    ),
    'apportionment-discussion': paras(
      'Lumbar spine: 80% of the permanent disability is caused by the industrial injury of 01/15/2026 and 20% by pre-existing degenerative disease. How and why: the MRI shows mild multilevel facet arthropathy at L3-4, L4-5 and L5-S1, a degenerative process that began before the injury and contributes to her present axial back pain and loss of motion; the radicular component, which drives the DRE category, follows the acute L4-5 disc protrusion caused by the lifting injury. Left knee and right wrist: 100% industrial; there is no evidence of pre-existing pathology or other factors.',
    ),
    'work-restrictions': paras(
      'No lifting over 20 pounds; no repetitive bending or stooping; alternate sitting and standing every 30 minutes; no kneeling or squatting; no forceful gripping or repetitive scanning with the right hand more than occasionally. She cannot return to her usual and customary work as a warehouse lead.',
    ),
    'future-medical-care': [
      bullets(
        'Left L4-5 transforaminal epidural steroid injection, up to two in a year.',
        'Orthopaedic consultation for the left knee, including arthroscopic partial medial meniscectomy if symptoms persist.',
        'Right carpal tunnel release if night symptoms persist after splinting.',
        'Medication: non-steroidal anti-inflammatory drugs and neuropathic agents; 12 sessions of physical therapy a year for flare-ups.',
      ),
    ],
  },
};
