// A complete fictional QME case (two injuries, five parties, six examination measurements, three diagnoses, three questions
// from two parties, every narrative section written) and the built-in templates, for the export tests. Every name, number
// and fact is invented.
import path from 'node:path';
import type { CaseRecord } from '../../../../electron/common/case/case-model';
import {
  answerSectionId,
  type CaseData,
  type Injury,
  type Measurement,
  type Party,
} from '../../../../electron/common/case/structure-model';
import type { RichDocument } from '../../../../electron/common/document/doc-model';
import type { ReportContext } from '../../../../electron/common/report/template-values';
import type { PhysicianProfile } from '../../../../electron/common/settings/settings-model';
import { tableValueName } from '../../../../electron/common/report/table-values';
import type { Template } from '../../../../electron/common/template/template-schema';
import type { GeneratorData } from '../../../../electron/backend/report/docx/generator-data';
import { loadTemplateFile } from '../../../../electron/backend/templates/template-loader';
import { specificInjury } from '../../../fixtures/case-rows';

const BUILTIN_DIR = path.resolve(__dirname, '../../../../templates/builtin');

export async function builtinTemplate(fileStem: string): Promise<Template> {
  const loaded = await loadTemplateFile(path.join(BUILTIN_DIR, `${fileStem}.yaml`), 'builtin');
  if ('problems' in loaded) throw new Error(`${fileStem}: ${loaded.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return loaded.template;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const PHYSICIAN: PhysicianProfile = {
  name: 'Avery R. Fictional',
  credentials: 'MD, FAAOS',
  specialty: 'Orthopaedic Surgery',
  qmeNumber: '990123',
  licenseNumber: 'G 000000',
  practiceAddress: '500 Example Avenue, Suite 200\nPasadena, CA 91101',
  defaultCounty: 'Los Angeles',
};

export function qmeCaseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: uuid(1),
    examineeName: 'Maria Q. Sample',
    dateOfBirth: '1979-04-12',
    claimNumber: 'SAMPLE-WC-20260115',
    employer: 'Harbor View Distribution, Inc.',
    claimsAdministrator: 'Golden Poppy Claims Services',
    reportKind: 'QME',
    examDate: '2026-11-02',
    template: { id: 'ca-qme-comprehensive', version: 1 },
    status: 'drafting',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export const PARTIES: Party[] = [
  {
    id: uuid(101),
    role: 'claims-administrator',
    name: 'Dana Adjuster',
    organization: 'Golden Poppy Claims Services',
    address: 'PO Box 1000\nSacramento, CA 95800',
    phone: '',
    email: '',
  },
  {
    id: uuid(102),
    role: 'applicant-attorney',
    name: 'Jordan Advocate, Esq.',
    organization: 'Advocate & Partners',
    address: '100 Main Street, Suite 4\nLong Beach, CA 90802',
    phone: '',
    email: '',
  },
  {
    id: uuid(103),
    role: 'defense-attorney',
    name: 'Casey Counsel, Esq.',
    organization: 'Counsel Defense Group',
    address: '200 Ocean Boulevard\nSanta Monica, CA 90401',
    phone: '',
    email: '',
  },
  {
    id: uuid(104),
    role: 'employer',
    name: 'Harbor View Distribution, Inc.',
    organization: '',
    address: '300 Dock Road\nCarson, CA 90745',
    phone: '',
    email: '',
  },
  {
    id: uuid(105),
    role: 'examinee',
    name: 'Maria Q. Sample',
    organization: '',
    address: '12 Fictional Lane\nTorrance, CA 90501',
    phone: '',
    email: '',
  },
];

function injuries(psychClaimed: boolean): Injury[] {
  return [
    specificInjury(
      uuid(201),
      '2026-01-15',
      [
        { name: 'Lumbar spine', status: 'accepted' },
        { name: 'Left lower extremity', status: 'disputed' },
      ],
      { adjNumber: 'ADJ1234567', description: 'Lifting a carton from a pallet' },
    ),
    {
      id: uuid(202),
      kind: 'cumulative',
      date: null,
      ctFrom: '2024-03-01',
      ctTo: '2026-01-15',
      adjNumber: 'ADJ7654321',
      description: 'Repetitive scanning',
      psychClaimed,
      bodyParts: [{ name: 'Right wrist', status: 'disputed' }],
    },
  ];
}

const QUESTIONS = [
  { id: uuid(301), partyId: uuid(102), text: 'Is the lumbar spine injury permanent and stationary? If so, as of what date?' },
  { id: uuid(302), partyId: uuid(102), text: 'Please describe the work restrictions, if any.' },
  {
    id: uuid(303),
    partyId: uuid(103),
    text: 'Is there any basis for apportionment to non-industrial factors?\nPlease explain how and why.',
  },
];

/** Entered out of body-part order (the wrist between the two lumbar readings), with "degrees" and "°" both used. */
export const MEASUREMENTS: Measurement[] = [
  {
    id: uuid(501),
    bodyPart: 'Lumbar spine',
    kind: 'range-of-motion',
    name: 'Flexion',
    side: 'n/a',
    value: '40',
    normal: '60',
    unit: 'degrees',
  },
  {
    id: uuid(502),
    bodyPart: 'Right wrist',
    kind: 'range-of-motion',
    name: 'Dorsiflexion',
    side: 'right',
    value: '45',
    normal: '60',
    unit: '°',
  },
  {
    id: uuid(503),
    bodyPart: 'Lumbar spine',
    kind: 'range-of-motion',
    name: 'Extension',
    side: 'n/a',
    value: '15',
    normal: '25',
    unit: '°',
  },
  {
    id: uuid(504),
    bodyPart: 'Right wrist',
    kind: 'strength',
    name: 'Wrist extension',
    side: 'right',
    value: '4+',
    normal: '5',
    unit: '/5',
  },
  {
    id: uuid(505),
    bodyPart: 'Hands',
    kind: 'grip',
    name: 'Jamar position 2',
    side: 'right',
    value: '18',
    normal: '',
    unit: 'kg',
  },
  { id: uuid(506), bodyPart: 'Hands', kind: 'grip', name: 'Jamar position 2', side: 'left', value: '30', normal: '', unit: 'kg' },
];

export function qmeCaseData(options: { psych?: boolean } = {}): CaseData {
  return {
    injuries: injuries(options.psych ?? false),
    parties: PARTIES,
    diagnoses: [
      {
        id: uuid(401),
        bodyPart: 'Lumbar spine',
        code: 'M51.26',
        description: 'Other intervertebral disc displacement, lumbar region',
      },
      { id: uuid(402), bodyPart: 'Left lower extremity', code: 'M54.17', description: 'Radiculopathy, lumbosacral region' },
      { id: uuid(403), bodyPart: 'Right wrist', code: 'G56.01', description: 'Carpal tunnel syndrome, right upper limb' },
    ],
    measurements: MEASUREMENTS,
    questions: QUESTIONS,
    values: {
      'case.evaluatorRole': 'Panel QME (Panel No. 7654321)',
      'case.reportDate': '2026-11-20',
      'case.interpreter': '',
      'exam.streetAddress': '500 Example Avenue, Suite 200, Pasadena, CA 91101',
      'signing.date': '2026-11-20',
      'signing.county': 'Los Angeles',
      remoteEvaluation: false,
      historyTakenBy: 'Avery R. Fictional, MD',
      recordsSummarizedBy: 'Avery R. Fictional, MD',
      examinationPerformedBy: 'Avery R. Fictional, MD',
      conclusionsDraftedBy: 'Avery R. Fictional, MD',
      otherContributors: 'None.',
      adGuidelinesCompliance: 'complied',
      selfProcuredReportsReceived: false,
      psStatus: 'permanent-and-stationary',
      psDate: '2026-11-02',
      psychCausationPercent: 60,
    },
  };
}

const SENTENCES = [
  'The examinee reports that the pain began while lifting a sixty-pound carton from a pallet to a conveyor.',
  'She describes a sudden pull in the low back with pain radiating into the left leg to the lateral calf.',
  'Symptoms are worse with prolonged sitting, bending and lifting, and improve somewhat with rest and heat.',
  'The records describe consistent complaints since the date of injury, with partial improvement after therapy.',
  'On examination there is tenderness over the lower lumbar paraspinal muscles without spasm.',
  'Straight leg raising is positive on the left at sixty degrees and negative on the right.',
];

function paragraphs(seed: number, count: number, sentencesEach = 4): RichDocument {
  return Array.from({ length: count }, (_, p) => ({
    type: 'paragraph' as const,
    children: [{ text: Array.from({ length: sentencesEach }, (_, s) => SENTENCES[(seed + p + s) % SENTENCES.length]).join(' ') }],
  }));
}

/** Every narrative section written, a numbered and a bulleted list in the history, and each question answered. */
export function qmeDocuments(template: Template, options: { answerAll?: boolean } = {}): Map<string, RichDocument> {
  const docs = new Map<string, RichDocument>();
  template.sections.forEach((s, i) => {
    if (s.kind === 'narrative') docs.set(s.id, paragraphs(i, 2));
  });
  docs.set('history-of-injury', [
    { type: 'heading-one', children: [{ text: 'Mechanism of injury' }] },
    ...paragraphs(1, 2),
    { type: 'heading-two', children: [{ text: 'Treatment to date' }] },
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: 'Occupational clinic visits with modified duty.' }] },
        { type: 'list-item', children: [{ text: 'Physical therapy, twelve sessions.' }] },
      ],
    },
    { type: 'paragraph', children: [{ text: 'Current medications:' }] },
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: 'Naproxen 500 mg twice daily.' }] },
        { type: 'list-item', children: [{ text: 'Cyclobenzaprine 5 mg at bedtime.' }] },
      ],
    },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'No prior low back injury.', bold: true }] }] },
  ]);
  const answered = options.answerAll === false ? QUESTIONS.slice(0, 2) : QUESTIONS;
  for (const q of answered) docs.set(answerSectionId(q.id), paragraphs(q.id.length, 1, 3));
  return docs;
}

type RecordRow = NonNullable<GeneratorData['records']>['batches'][number]['rows'][number];

function recordRows(count: number): RecordRow[] {
  const authors = [
    'Occupational Health Clinic',
    'Coastal Imaging Center',
    'Bayside Physical Therapy',
    'R. Example, MD (orthopaedics)',
  ];
  const types = ['Progress note', 'MRI lumbar spine', 'Therapy note', 'Consultation report', 'Deposition transcript'];
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 15) + i * 86_400_000).toISOString().slice(0, 10);
    const pages = 1 + (i % 7);
    const summary: RichDocument =
      i === 1
        ? [
            { type: 'paragraph', children: [{ text: 'MRI of the lumbar spine without contrast. Impression:' }] },
            {
              type: 'bulleted-list',
              children: [
                { type: 'list-item', children: [{ text: 'L4-5: 4 mm broad-based disc protrusion', bold: true }] },
                { type: 'list-item', children: [{ text: 'L5-S1: mild facet arthropathy, no stenosis' }] },
              ],
            },
          ]
        : paragraphs(100 + i, 1, 1);
    return {
      number: i + 1,
      date: day,
      author: authors[i % authors.length]!,
      type: types[i % types.length]!,
      pages,
      reliedUpon: i % 3 !== 2,
      source: `records-${i < 8 ? 'defense' : 'applicant'}.pdf, pp. ${1 + i * 2}–${i * 2 + pages}`,
      summary,
    };
  });
}

/** Two sender batches (40 and 20 pages, 12 of the second repeating the first): 60 received, 48 reviewed. */
function recordsReviewed(): NonNullable<GeneratorData['records']> {
  const rows = recordRows(12);
  return {
    batches: [
      {
        sender: 'Golden Poppy Claims Services',
        dateReceived: '2026-02-10',
        pagesReceived: 40,
        declaredPages: 40,
        duplicatePages: 0,
        pagesNotItemized: 11,
        pagesCitedTwice: 0,
        rows: rows.slice(0, 8),
      },
      {
        sender: 'Law Office of J. Example (applicant)',
        dateReceived: '2026-03-05',
        pagesReceived: 20,
        declaredPages: 22,
        duplicatePages: 12,
        pagesNotItemized: 8,
        pagesCitedTwice: 2,
        rows: rows.slice(8),
      },
    ],
    unsourced: [],
    pagesReceived: 60,
    duplicatePages: 12,
    pagesReviewed: 48,
  };
}

export const GENERATOR_DATA: GeneratorData = {
  records: recordsReviewed(),
  impairment: {
    rows: [
      {
        bodyPart: 'Lumbar spine',
        injury: '01/15/2026',
        method: 'DRE lumbar category III',
        citation: 'Table 15-3, p. 384',
        wpi: 10,
      },
      {
        bodyPart: 'Right wrist',
        injury: 'CT 03/01/2024 – 01/15/2026',
        method: 'Entrapment neuropathy',
        citation: 'Table 16-15, p. 492',
        wpi: 3,
      },
    ],
    combined: {
      value: 13,
      steps: ['10 C 3 = 13'],
      explanation: '10 C 3 = 13% whole person, combined largest first (AMA Guides 5th ed., Combined Values Chart, p. 604).',
      citation: 'AMA Guides 5th, Combined Values Chart (p. 604)',
    },
  },
  apportionment: [
    {
      bodyPart: 'Lumbar spine',
      injury: '01/15/2026',
      industrialPercent: 80,
      industrialExplanation:
        'The lifting injury of 01/15/2026 caused the disc herniation and radiculopathy that account for most of the present disability.',
      factors: [
        {
          label: 'Pre-existing degenerative disc disease L4-5',
          percent: 20,
          explanation:
            'Imaging shows multilevel disc desiccation that predates the injury and contributes to the present disability.',
        },
      ],
    },
  ],
  tdPeriods: [
    { kind: 'total', from: '2026-01-16', to: '2026-03-31' },
    { kind: 'partial', from: '2026-04-01', to: null },
  ],
};

export function qmeContext(options: { psych?: boolean; physician?: PhysicianProfile | null } = {}): ReportContext {
  return {
    caseRecord: qmeCaseRecord(),
    data: qmeCaseData(options),
    physician: options.physician === undefined ? PHYSICIAN : options.physician,
    records: { totalPagesReceived: 60, totalPagesReviewed: 48 },
  };
}

/** The LTD IME: the restrictions grid partly filled. */
export function ltdContext(): ReportContext {
  const data = qmeCaseData();
  data.values = {
    'case.reportDate': '2026-11-20',
    'exam.streetAddress': '500 Example Avenue, Suite 200, Pasadena, CA 91101',
    [tableValueName('restrictions-and-limitations')]: JSON.stringify({
      rows: [
        {
          id: 'sit',
          label: 'Sit',
          cells: {
            capacity: 'frequently',
            'at-one-time': '30 minutes',
            'total-per-day': '6 hours',
            kind: 'restriction',
            from: '2026-11-02',
            through: '2027-02-02',
            duration: 'temporary',
          },
        },
        {
          id: 'lift-carry-11-to-20-lb',
          label: 'Lift/carry 11 to 20 lb',
          cells: { capacity: 'occasionally', kind: 'limitation', duration: 'temporary' },
        },
      ],
    }),
  };
  return {
    caseRecord: qmeCaseRecord({ reportKind: 'IME', template: { id: 'ime-disability-insurance', version: 1 } }),
    data,
    physician: PHYSICIAN,
    records: null,
  };
}
