// Export benchmark (`npx tsx scripts/bench-export.ts`, `npm run bench:export`): builds a large fictional QME case in a
// temp data folder through the real backend (300 record rows, ~34,000 words of narrative, 8 body parts, questions with
// answers), times the .docx export end to end (read from SQLite, build, pack, write) over several runs, and in the same
// run converts the same content as Markdown with pandoc, printing both medians, the ratio and the peak memory.
// Targets (issue 6): under 1 s, and at most 0.75 x pandoc's time. The database is encrypted as in the app, and the same
// export from a plain database is timed in turn in the same run (what encryption costs, decision 0011); `--plain` times
// only a plain one.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../electron/backend/create-backend';
import type { GeneratorData } from '../electron/backend/report/docx/generator-data';
import { renderReport } from '../electron/backend/report/render-report';
import { writeFileAtomic } from '../electron/backend/fs/atomic-write';
import { answerSectionId, type CaseData, type Injury } from '../electron/common/case/structure-model';
import {
  documentPlainText,
  paragraphsToDocument,
  type BlockElement,
  type FormattedText,
  type RichDocument,
} from '../electron/common/document/doc-model';
import { sectionsInExportOrder } from '../electron/common/template/template-schema';
import { seededRandom } from '../test/fixtures/generate-pdfs';
import { PARTIES, PHYSICIAN, qmeCaseData } from '../test/unit/report/docx/report-fixture';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const TARGET_WORDS = 34_000;
const RECORD_ROWS = 300;
const PLAIN = process.argv.includes('--plain');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${Math.round(x)} ms`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

const WORDS = (
  'the examinee reports pain stiffness numbness tingling weakness in the lumbar cervical spine shoulder wrist knee ' +
  'with radiation into the left right lower upper extremity worse after prolonged sitting standing walking lifting ' +
  'bending reaching improved by rest heat medication therapy records show consistent complaints since injury ' +
  'examination reveals tenderness spasm reduced range of motion flexion extension rotation strength sensation reflexes ' +
  'are symmetric straight leg raising positive negative imaging demonstrates disc protrusion degenerative changes ' +
  'treatment included physical therapy injections medication modified duty work status temporary disability'
).split(' ');
const BODY_PARTS = [
  'Lumbar spine',
  'Cervical spine',
  'Right shoulder',
  'Left shoulder',
  'Right wrist',
  'Left wrist',
  'Right knee',
  'Psyche',
];

function sentence(rand: () => number): string {
  const n = 10 + Math.floor(rand() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(rand: () => number, sentences: number): BlockElement {
  const children: FormattedText[] = [];
  for (let i = 0; i < sentences; i++) {
    const text = `${sentence(rand)} `;
    const r = rand();
    children.push(r < 0.05 ? { text, bold: true } : r < 0.1 ? { text, italic: true } : { text });
  }
  return { type: 'paragraph', children };
}

function narrative(rand: () => number, words: number): RichDocument {
  const doc: RichDocument = [];
  let count = 0;
  let sub = 0;
  const push = (block: BlockElement) => {
    doc.push(block);
    count += documentPlainText([block]).split(/\s+/).filter(Boolean).length;
  };
  while (count < words) {
    if (doc.length % 8 === 0) push({ type: 'heading-one', children: [{ text: `${BODY_PARTS[sub++ % BODY_PARTS.length]}` }] });
    if (doc.length % 11 === 5) {
      push({
        type: rand() < 0.5 ? 'numbered-list' : 'bulleted-list',
        children: [1, 2, 3].map(() => ({ type: 'list-item' as const, children: [{ text: sentence(rand) }] })),
      });
    } else push(paragraph(rand, 4 + Math.floor(rand() * 4)));
  }
  return doc;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function caseData(): Omit<CaseData, 'measurements'> {
  const injuries: Injury[] = [0, 1, 2].map((i) => ({
    id: uuid(100 + i),
    kind: i === 2 ? 'cumulative' : 'specific',
    date: i === 2 ? null : `202${4 + i}-0${3 + i}-15`,
    ctFrom: i === 2 ? '2023-01-01' : null,
    ctTo: i === 2 ? '2026-01-15' : null,
    adjNumber: `ADJ${1234567 + i}`,
    description: 'Fictional injury',
    psychClaimed: i === 2,
    bodyParts: BODY_PARTS.filter((_, b) => b % 3 === i).map((name) => ({ name, status: 'accepted' as const })),
  }));
  // The export tests' fixture parties: the claims administrator and the two attorneys, who ask the questions.
  const parties = PARTIES.slice(0, 3);
  const questions = Array.from({ length: 12 }, (_, i) => ({
    id: uuid(300 + i),
    partyId: parties[1 + (i % 2)]!.id,
    text: `Question ${i + 1}: please address the ${BODY_PARTS[i % 8]} and explain your reasons.`,
  }));
  return {
    injuries,
    parties,
    diagnoses: BODY_PARTS.map((bodyPart, i) => ({
      id: uuid(400 + i),
      bodyPart,
      code: `M54.${10 + i}`,
      description: `Fictional diagnosis of the ${bodyPart.toLowerCase()}`,
    })),
    questions,
    // The same entered values as the export tests' fixture case (disclosures, P&S, signing).
    values: { ...qmeCaseData().values, 'case.interpreter': null, psychCausationPercent: 55 },
  };
}

function generatorData(rand: () => number): GeneratorData {
  const types = ['Progress note', 'MRI report', 'Therapy note', 'Consultation', 'Deposition', 'Operative report', 'Claim form'];
  const authors = [
    'Occupational Health Clinic',
    'Coastal Imaging Center',
    'Bayside Physical Therapy',
    'R. Example, MD',
    'Harbor Surgical Center',
  ];
  return {
    records: ((rows) => {
      const pages = rows.reduce((sum, r) => sum + (r.pages ?? 0), 0);
      return {
        batches: [
          {
            sender: 'Defense attorney',
            dateReceived: '2024-03-01',
            pagesReceived: pages,
            declaredPages: pages,
            duplicatePages: 0,
            pagesNotItemized: 0,
            pagesCitedTwice: 0,
            rows,
          },
        ],
        unsourced: [],
        pagesReceived: pages,
        duplicatePages: 0,
        pagesReviewed: pages,
      };
    })(
      Array.from({ length: RECORD_ROWS }, (_, i) => ({
        number: i + 1,
        date: new Date(Date.UTC(2023, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10),
        author: authors[i % authors.length]!,
        type: types[Math.floor(rand() * types.length)]!,
        pages: 1 + Math.floor(rand() * 20),
        reliedUpon: i % 3 === 0,
        source: '',
        summary: paragraphsToDocument([`Fictional summary of record ${i + 1}.`]),
      })),
    ),
    impairment: {
      rows: BODY_PARTS.map((bodyPart, i) => ({
        bodyPart,
        injury: `ADJ${1234567 + (i % 3)}`,
        method: 'Fictional method',
        citation: `Table ${15 + (i % 3)}-${i + 1}`,
        wpi: 3 + i,
      })),
      combined: {
        value: 49,
        steps: ['10 C 9 = 18', '18 C 8 = 25', '25 C 7 = 30', '30 C 6 = 34', '34 C 5 = 37', '37 C 4 = 40', '40 C 3 = 42'],
      },
    },
    apportionment: BODY_PARTS.map((bodyPart) => ({
      bodyPart,
      injury: 'ADJ1234567',
      industrialPercent: 80,
      industrialExplanation: 'Fictional how and why of the industrial share.',
      factors: [{ label: 'Pre-existing degeneration', percent: 20, explanation: 'Fictional how and why.' }],
    })),
  };
}

/** The same content as Markdown, for pandoc. */
function toMarkdown(
  title: string,
  sections: { title: string; doc?: RichDocument }[],
  data: GeneratorData,
  questions: CaseData['questions'],
  answers: Map<string, RichDocument>,
): string {
  const inline = (children: FormattedText[]) =>
    children.map((t) => (t.bold ? `**${t.text.trim()}** ` : t.italic ? `*${t.text.trim()}* ` : t.text)).join('');
  const blocks = (doc: RichDocument) =>
    doc
      .map((b) => {
        switch (b.type) {
          case 'heading-one':
            return `## ${inline(b.children)}`;
          case 'heading-two':
          case 'heading-three':
            return `### ${inline(b.children)}`;
          case 'paragraph':
            return inline(b.children);
          case 'bulleted-list':
            return b.children.map((i) => `- ${inline(i.children)}`).join('\n');
          case 'numbered-list':
            return b.children.map((i, n) => `${n + 1}. ${inline(i.children)}`).join('\n');
        }
      })
      .join('\n\n');
  const out = [`# ${title}`, '| | |\n|---|---|\n| Applicant | Maria Q. Sample |\n| Claim number | BENCH-1 |'];
  for (const s of sections) {
    out.push(`# ${s.title}`);
    if (s.doc) out.push(blocks(s.doc));
    if (s.title === 'Records reviewed') {
      out.push(
        [
          '| No. | Date | Author | Type | Pages |',
          '|---|---|---|---|---|',
          ...data
            .records!.batches.flatMap((b) => b.rows)
            .map((r) => `| ${r.number} | ${r.date} | ${r.author} | ${r.type} | ${r.pages} |`),
        ].join('\n'),
      );
    }
    if (s.title === "Answers to the parties' questions") {
      questions.forEach((q, i) =>
        out.push(`${i + 1}. *${q.text}*\n\n**Answer:** ${blocks(answers.get(answerSectionId(q.id)) ?? [])}`),
      );
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** The benchmark's case, the same in every data folder (seeded), written through the backend's services. */
async function buildCase(backend: Backend) {
  const rand = seededRandom(42); // deterministic, so every run writes the same case
  const { cases, caseData: caseDataService, documents, templates } = backend.services;
  const ref = { id: 'ca-qme-comprehensive', version: 1 };
  const template = await templates.require(ref);
  const created = await cases.create(
    {
      examineeName: 'Maria Q. Sample',
      dateOfBirth: '1979-04-12',
      claimNumber: 'BENCH-1',
      employer: 'Harbor View Distribution, Inc.',
      claimsAdministrator: 'Golden Poppy Claims Services',
      reportKind: 'QME',
      examDate: '2026-11-02',
    },
    ref,
  );
  const data = caseData();
  caseDataService.saveInjuries(created.id, data.injuries);
  caseDataService.saveParties(created.id, data.parties);
  caseDataService.saveDiagnoses(created.id, data.diagnoses);
  caseDataService.saveQuestions(created.id, data.questions);
  caseDataService.saveValues(created.id, data.values);

  const narrativeSections = template.sections.filter((s) => s.kind === 'narrative');
  const perSection = Math.ceil((TARGET_WORDS - 3_000) / narrativeSections.length);
  const docs = new Map<string, RichDocument>();
  for (const s of narrativeSections) docs.set(s.id, narrative(rand, perSection));
  for (const q of data.questions)
    docs.set(
      answerSectionId(q.id),
      narrative(rand, 250).filter((b) => b.type !== 'heading-one'),
    );
  for (const [id, doc] of docs) documents.save(created.id, id, doc);
  const words = [...docs.values()].reduce((n, d) => n + documentPlainText(d).split(/\s+/).filter(Boolean).length, 0);

  const gen = generatorData(rand);
  // The temp backend has no profile or records review: the fixture's physician, totals and rows stand in for them.
  const fixture = { physician: PHYSICIAN, records: { totalPagesReceived: 3000, totalPagesReviewed: 3000 }, tables: gen };
  return { created, template, data, docs, words, gen, fixture };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-bench-export-'));
  const out = path.join(dir, 'report.docx');
  const open = (name: string, databaseKey: Buffer | null) => {
    const dataDir = path.join(dir, name);
    fs.mkdirSync(dataDir);
    return createBackend({ dataDir, host: { chooseSavePath: async () => out }, databaseKey });
  };
  // The app's case: an encrypted database. With --plain only a plain one; otherwise a plain one too, timed in turn with
  // the encrypted one in the same run (a shared machine's load then weighs on both alike).
  const backend = open('data', PLAIN ? null : randomBytes(32));
  const baseline = PLAIN ? null : open('plain', null);
  try {
    const { created, template, data, docs, words, gen, fixture } = await buildCase(backend);
    const plainCase = baseline ? await buildCase(baseline) : null;
    const exportOnce = async (b: Backend, caseId: string) => {
      const t = performance.now();
      const report = await b.services.assembler.assemble(caseId);
      writeFileAtomic(out, (await renderReport({ ...report, ...fixture }, { draft: false })).buffer);
      return performance.now() - t;
    };

    const rssBefore = process.resourceUsage().maxRSS;
    const times: number[] = [];
    const plainTimes: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      times.push(await exportOnce(backend, created.id));
      if (baseline && plainCase) plainTimes.push(await exportOnce(baseline, plainCase.created.id));
    }
    const [cold, ...warm] = times;
    const oursMedian = median(warm);
    const plainMedian = plainTimes.length ? median(plainTimes.slice(1)) : null;
    const peakRss = process.resourceUsage().maxRSS;
    const size = fs.statSync(out).size;

    const md = path.join(dir, 'report.md');
    const sections = sectionsInExportOrder(template).map((s) => ({ title: s.title, doc: docs.get(s.id) }));
    fs.writeFileSync(md, toMarkdown('Qualified Medical Evaluation', sections, gen, data.questions, docs));
    const pandocTimes: number[] = [];
    let pandoc = true;
    for (let i = 0; i < Math.max(3, Math.min(RUNS, 5)); i++) {
      const t = performance.now();
      const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'pandoc.docx'), md]);
      if (r.error || r.status !== 0) {
        pandoc = false;
        break;
      }
      pandocTimes.push(performance.now() - t);
    }

    console.log(
      `Export benchmark (${PLAIN ? 'plain database, --plain' : 'encrypted database'}): ${words.toLocaleString('en-US')} words of narrative and answers, ${RECORD_ROWS} record rows, ${BODY_PARTS.length} body parts, ${data.questions.length} questions`,
    );
    console.log(
      `  MedLegal Writer export (SQLite read, build, pack, atomic write): median ${ms(oursMedian)} over ${warm.length} runs (first run ${ms(cold!)}), ${Math.round(size / 1024)} KB`,
    );
    if (plainMedian !== null) {
      console.log(
        `  same export from a plain database, in turn with the encrypted one: median ${ms(plainMedian)}; encrypted / plain: ${(oursMedian / plainMedian).toFixed(2)}x (aim <= 1.15x)`,
      );
    }
    console.log(
      `  peak RSS of this process: ${mb(peakRss)} (${mb(rssBefore)} before the first export: Node, tsx, SQLite and the generated case)`,
    );
    if (pandoc) {
      const pandocMedian = median(pandocTimes);
      const ratio = oursMedian / pandocMedian;
      console.log(`  pandoc ${'markdown -> docx'} (same content): median ${ms(pandocMedian)} over ${pandocTimes.length} runs`);
      console.log(
        `  ratio export / pandoc: ${ratio.toFixed(2)}x (target <= 0.75x); under 1 s: ${oursMedian < 1000 ? 'yes' : 'NO'}`,
      );
    } else {
      console.log('  pandoc is not installed (apt-get install -y pandoc); ratio not measured');
    }
  } finally {
    await backend.close();
    await baseline?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
