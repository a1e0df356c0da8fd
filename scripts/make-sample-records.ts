// Writes each sample case's record set (resources/sample-records/<sample>/): fictional sender batches of text PDFs and a
// manifest of the records in them (the chronology the sample starts with). Run `npx tsx scripts/make-sample-records.ts`
// after changing it; the output is committed so the app needs no PDF library at run time.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

interface SampleRecord {
  date: string;
  provider: string;
  facility: string;
  type: string;
  pages: number;
  summary: string;
  reliedUpon: boolean;
}

const CLAIMS_ADMIN: SampleRecord[] = [
  {
    date: '2026-01-15',
    provider: 'Lena Ortiz, MD',
    facility: 'Harbor Occupational Clinic',
    type: "Doctor's First Report of Occupational Injury",
    pages: 4,
    summary:
      'Low back pain after lifting a 60-pound carton; left knee pain on pivoting. Modified duty, no lifting over 10 pounds.',
    reliedUpon: true,
  },
  {
    date: '2026-01-22',
    provider: 'Lena Ortiz, MD',
    facility: 'Harbor Occupational Clinic',
    type: 'Progress report (PR-2)',
    pages: 6,
    summary: 'Persistent low back pain radiating to the left calf; physical therapy ordered.',
    reliedUpon: true,
  },
  {
    date: '2026-02-05',
    provider: 'Sam Whitaker, DPT',
    facility: 'Bayside Physical Therapy',
    type: 'Physical therapy notes (12 visits)',
    pages: 48,
    summary: 'Twelve sessions of therapy with partial improvement in lumbar motion; knee pain with squatting persists.',
    reliedUpon: false,
  },
  {
    date: '2026-03-04',
    provider: 'Hiro Tanaka, MD',
    facility: 'Pacific Imaging Center',
    type: 'MRI lumbar spine',
    pages: 3,
    summary: 'L4-5 left paracentral disc protrusion contacting the left L5 nerve root; mild multilevel facet arthropathy.',
    reliedUpon: true,
  },
  {
    date: '2026-03-11',
    provider: 'Hiro Tanaka, MD',
    facility: 'Pacific Imaging Center',
    type: 'MRI left knee',
    pages: 3,
    summary: 'Tear of the posterior horn of the medial meniscus; no effusion.',
    reliedUpon: true,
  },
  {
    date: '2026-04-02',
    provider: 'Grace Lindholm, MD',
    facility: 'Coastline Orthopaedics',
    type: 'Orthopaedic consultation',
    pages: 12,
    summary: 'Left L5 radiculopathy and left medial meniscus tear; recommends epidural injection and knee arthroscopy.',
    reliedUpon: true,
  },
  {
    date: '2026-05-20',
    provider: 'Omar Haddad, MD',
    facility: 'Valley Neurodiagnostics',
    type: 'EMG/NCS upper and lower extremities',
    pages: 8,
    summary: 'Moderate right median neuropathy at the wrist; no lumbar radiculopathy on needle study.',
    reliedUpon: true,
  },
  {
    date: '2026-06-15',
    provider: 'Golden Poppy Claims Services',
    facility: '',
    type: 'Utilization review determinations',
    pages: 14,
    summary: 'Epidural injection certified; knee arthroscopy deferred pending the QME evaluation.',
    reliedUpon: false,
  },
  {
    date: '2026-07-01',
    provider: 'Harbor View Distribution, Inc.',
    facility: '',
    type: 'Job description and wage statement',
    pages: 6,
    summary: 'Warehouse lead; lifting up to 70 pounds; about 1,200 scans per shift.',
    reliedUpon: true,
  },
  {
    date: '2026-08-12',
    provider: 'Grace Lindholm, MD',
    facility: 'Coastline Orthopaedics',
    type: 'Progress reports (PR-2), three visits',
    pages: 36,
    summary: 'Temporary total disability continued; injection gave three weeks of partial relief.',
    reliedUpon: true,
  },
  {
    date: '2026-09-30',
    provider: 'Golden Poppy Claims Services',
    facility: '',
    type: 'Claim file correspondence',
    pages: 40,
    summary: 'Benefit notices and correspondence; no medical findings.',
    reliedUpon: false,
  },
];

const APPLICANT_ATTORNEY: SampleRecord[] = [
  {
    date: '2025-11-03',
    provider: 'Nadia Petrov, MD',
    facility: 'Sunrise Family Medicine',
    type: 'Primary care note',
    pages: 4,
    summary: 'Right-hand numbness at night for several months; wrist splint advised.',
    reliedUpon: true,
  },
  {
    date: '2026-06-02',
    provider: 'Ruth Adeyemi, MD',
    facility: 'Westside Hand Center',
    type: 'Hand surgery consultation',
    pages: 10,
    summary: 'Right carpal tunnel syndrome, work-related; recommends release if splinting fails.',
    reliedUpon: true,
  },
  {
    date: '2026-08-25',
    provider: 'Court reporter (fictional)',
    facility: 'Deposition of Maria Q. Sample',
    type: 'Deposition transcript',
    pages: 86,
    summary: 'Describes the lifting injury, the scanning duties since 2019, and denies prior back or knee problems.',
    reliedUpon: true,
  },
  {
    date: '2026-09-18',
    provider: 'Ruth Adeyemi, MD',
    facility: 'Westside Hand Center',
    type: 'Progress report (PR-2)',
    pages: 6,
    summary: 'Symptoms persist despite splinting; surgery requested.',
    reliedUpon: false,
  },
];

const LTD_INSURER: SampleRecord[] = [
  {
    date: '2026-03-09',
    provider: 'Priya Raman, MD',
    facility: 'Riverbend Family Practice',
    type: 'Office visit',
    pages: 3,
    summary:
      'Low back pain radiating to both legs for one week after a long site inspection; meloxicam and activity as tolerated.',
    reliedUpon: true,
  },
  {
    date: '2026-04-06',
    provider: 'Jonas Whitfield, MD',
    facility: 'Cascade Imaging (fictional)',
    type: 'MRI lumbar spine',
    pages: 2,
    summary: 'L4-5 moderate central canal stenosis with a broad-based disc protrusion; mild foraminal narrowing at L5-S1.',
    reliedUpon: true,
  },
  {
    date: '2026-04-20',
    provider: 'Priya Raman, MD',
    facility: 'Riverbend Family Practice',
    type: 'Attending physician statement',
    pages: 4,
    summary: 'Unable to work from 04/15/2026; no prolonged standing or walking; estimated return in three months.',
    reliedUpon: true,
  },
  {
    date: '2026-06-11',
    provider: 'Elena Vasquez, MD',
    facility: 'Willamette Spine Surgery (fictional)',
    type: 'Spine surgery consultation',
    pages: 6,
    summary: 'Neurogenic claudication from L4-5 stenosis; a decompression is recommended if therapy fails.',
    reliedUpon: true,
  },
  {
    date: '2026-08-28',
    provider: 'Marcus Bell, PT',
    facility: 'Northwest Physical Therapy (fictional)',
    type: 'Physical therapy notes (10 visits)',
    pages: 20,
    summary: 'Ten visits with better sitting tolerance; walking tolerance unchanged at about one block.',
    reliedUpon: false,
  },
  {
    date: '2026-09-15',
    provider: 'Northwind Civil Engineering',
    facility: '',
    type: 'Job description (field civil engineer)',
    pages: 3,
    summary: 'Site inspections on foot most of the day, climbing ladders, carrying survey equipment up to 40 pounds.',
    reliedUpon: true,
  },
];

interface SampleSet {
  examinee: string;
  patientLine: string;
  batches: { file: string; sender: string; dateReceived: string; records: SampleRecord[]; extraDeclaredPages: number }[];
}

const SETS: Record<'qme' | 'ltd', SampleSet> = {
  qme: {
    examinee: 'Maria Q. Sample',
    patientLine: 'Patient: SAMPLE, MARIA Q. (fictional)    DOB: 04/12/1979    Claim No.: GPC-WC-2026-00417',
    batches: [
      {
        file: 'golden-poppy-claims-records.pdf',
        sender: 'Golden Poppy Claims Services (claims administrator)',
        dateReceived: '2026-10-10',
        records: CLAIMS_ADMIN,
        extraDeclaredPages: 0,
      },
      {
        // The applicant attorney's declaration says 108 pages; the file has 106: the count check flags it.
        file: 'okafor-lindqvist-records.pdf',
        sender: 'Okafor & Lindqvist (applicant attorney)',
        dateReceived: '2026-10-14',
        records: APPLICANT_ATTORNEY,
        extraDeclaredPages: 2,
      },
    ],
  },
  ltd: {
    examinee: 'Thomas B. Placeholder',
    patientLine: 'Patient: PLACEHOLDER, THOMAS B. (fictional)    DOB: 08/23/1971    Claim No.: LTD-55-0192837',
    batches: [
      {
        file: 'evergreen-mutual-claim-file.pdf',
        sender: 'Evergreen Mutual Disability Insurance (insurer)',
        dateReceived: '2026-10-02',
        records: LTD_INSURER,
        extraDeclaredPages: 0,
      },
    ],
  },
};

const FILLER = [
  'History reviewed with the patient, who is a fictional person created for this sample.',
  'Vital signs are within normal limits. The patient is alert and oriented.',
  'Range of motion and strength were documented as noted in the assessment.',
  'Medications reviewed; no changes to allergies.',
  'Work status discussed with the patient and the employer representative.',
  'The patient will return for follow-up as scheduled.',
];

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const FIXED = new Date('2026-10-01T00:00:00Z');

async function writeBatch(file: string, set: SampleSet, records: SampleRecord[]) {
  const doc = await PDFDocument.create();
  doc.setTitle(`Fictional records of ${set.examinee}`);
  doc.setProducer('MedLegal Writer sample');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ranges: { from: number; to: number }[] = [];
  let pageNumber = 0;
  for (const r of records) {
    const from = pageNumber + 1;
    for (let p = 0; p < r.pages; p++) {
      pageNumber++;
      const page = doc.addPage([612, 792]);
      let y = 740;
      const line = (text: string, f = font, size = 10) => {
        page.drawText(text, { x: 54, y, size, font: f });
        y -= size * 1.6;
      };
      line(r.facility || r.provider, bold, 12);
      line(r.type.toUpperCase(), bold, 11);
      line(`Date of Service: ${usDate(r.date)}`);
      line(set.patientLine);
      line(`Provider: ${r.provider}`);
      y -= 8;
      if (p === 0) line(r.summary);
      for (let i = 0; i < 14; i++) line(FILLER[(p + i) % FILLER.length]!);
      y = 60;
      line(`Page ${p + 1} of ${r.pages} of this record    Bates ${String(pageNumber).padStart(5, '0')}`, font, 8);
    }
    ranges.push({ from, to: pageNumber });
  }
  fs.writeFileSync(file, await doc.save({ useObjectStreams: true }));
  return { pages: pageNumber, ranges };
}

async function writeSet(name: string, set: SampleSet) {
  const dir = path.resolve('resources/sample-records', name);
  fs.mkdirSync(dir, { recursive: true });
  const manifest = [];
  for (const b of set.batches) {
    const { pages, ranges } = await writeBatch(path.join(dir, b.file), set, b.records);
    manifest.push({
      file: b.file,
      sender: b.sender,
      dateReceived: b.dateReceived,
      declaredPageCount: pages + b.extraDeclaredPages,
      senderDeclarationReceived: true,
      records: b.records.map((r, i) => ({
        dateOfService: r.date,
        provider: r.provider,
        facility: r.facility,
        recordType: r.type,
        pageFrom: ranges[i]!.from,
        pageTo: ranges[i]!.to,
        summary: r.summary,
        reliedUpon: r.reliedUpon,
      })),
    });
  }
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify(
      { note: 'Fictional sample records; generated by scripts/make-sample-records.ts', batches: manifest },
      null,
      2,
    ) + '\n',
  );
  console.log(`Wrote ${dir}`);
}

async function main() {
  for (const [name, set] of Object.entries(SETS)) await writeSet(name, set);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
