// `npm run demo -- [--sample qme|ltd] --out FILE.docx`: signs and exports a sample case through the real backend, without
// Electron, into a throw-away data folder: a fictional physician profile and signature, inside the sample letterhead (the
// QME with its proof of service); then waits for the PDF copy (when LibreOffice is installed) and prints where both went.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { createBackend } from '../electron/backend/create-backend';
import { dismissKey } from '../electron/common/compliance/dismissals';
import { signingGate } from '../electron/common/report/workflow';
import { buildSampleLetterhead, SAMPLE_LETTERHEAD_PATH, SAMPLE_PHYSICIAN, sampleSignaturePng } from './make-sample-letterhead';

/** The sample examinee's (fictional) address, so the service list shows where her copy went. */
const EXAMINEE_PARTY = {
  id: 'demo-examinee',
  role: 'examinee',
  name: 'Maria Q. Sample',
  organization: '',
  address: '18 Fictional Court\nTorrance, CA 90501',
  phone: '',
  email: '',
} as const;

/** How each sample is signed: where, and whether a proof of service goes with it (a QME is served on the parties). */
const SIGNING = {
  qme: { county: 'Los Angeles', proofOfService: true },
  ltd: { county: 'Multnomah', proofOfService: false },
} as const;
type SampleName = keyof typeof SIGNING;

function parseArgs(argv: string[]): { sample: SampleName; out: string } {
  const option = (name: string): string | null => {
    const i = argv.indexOf(name);
    if (i < 0) return null;
    const value = argv[i + 1];
    if (!value) throw new Error(`${name} needs a value, e.g. npm run demo -- --sample ltd --out sample.docx`);
    return value;
  };
  const sample = option('--sample') ?? 'qme';
  if (!(sample in SIGNING)) throw new Error(`--sample must be one of ${Object.keys(SIGNING).join(', ')}, not "${sample}".`);
  const out = option('--out');
  return {
    sample: sample as SampleName,
    out: out ? path.resolve(out) : path.resolve('out', `sample-${sample}-report.docx`),
  };
}

async function letterheadFile(dataDir: string): Promise<string> {
  if (fs.existsSync(SAMPLE_LETTERHEAD_PATH)) return SAMPLE_LETTERHEAD_PATH;
  const file = path.join(dataDir, 'sample-letterhead.docx');
  fs.writeFileSync(file, await Packer.toBuffer(buildSampleLetterhead()));
  return file;
}

async function main() {
  const { sample: name, out } = parseArgs(process.argv.slice(2));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-demo-'));
  const backend = createBackend({ dataDir, host: { chooseSavePath: async () => out }, databaseKey: randomBytes(32) });
  try {
    const { cases, caseData, settings, exports } = backend.services;
    const sample = await cases.openSample(name);
    const data = caseData.get(sample.id);
    if (name === 'qme' && !data.parties.some((p) => p.role === 'examinee')) {
      caseData.saveParties(sample.id, [...data.parties, { ...EXAMINEE_PARTY, id: randomUUID() }]);
    }
    settings.saveProfile(SAMPLE_PHYSICIAN);
    settings.storeLetterhead(await letterheadFile(dataDir));
    const signature = path.join(dataDir, 'signature.png');
    fs.writeFileSync(signature, sampleSignaturePng());
    settings.storeSignatureImage(signature);
    // Signing asks for the open warnings to be accepted ("Sign anyway"); the demo accepts them and says which.
    const { warnings } = signingGate(await exports.signCheck(sample.id));
    for (const w of warnings) console.warn(`accepted warning: ${w.label}: ${w.message}`);
    const outcome = await exports.sign({
      caseId: sample.id,
      ...SIGNING[name],
      serviceMethod: 'mail',
      acceptedWarnings: warnings.map(dismissKey),
    });
    for (const w of outcome.warnings) console.warn(`warning: ${w}`);
    console.log(`Wrote ${out}`);
    console.log(
      `Signed version ${outcome.version} on ${outcome.signingDate} in ${outcome.county} County; history ${outcome.historyId}`,
    );
    if (outcome.pdf === 'converting') {
      await exports.settled();
      const pdfPath = exports.history(sample.id)[0]?.pdfPath;
      console.log(
        pdfPath ? `PDF copy: ${pdfPath}` : 'PDF copy: LibreOffice could not convert the report (the .docx is complete).',
      );
    } else if (outcome.pdf === 'unavailable') {
      console.log('PDF copy: skipped (LibreOffice is not installed).');
    }
  } finally {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
