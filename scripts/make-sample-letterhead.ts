// `npx tsx scripts/make-sample-letterhead.ts [--out FILE]`: writes the fictional sample letterhead the demo and the tests
// use (test/fixtures/letterhead/sample-letterhead.docx): a first-page header with a small logo, the practice name,
// address and phone; a one-line header for later pages; a footer with the address; Arial 11 pt body styles.
// Everything in it is invented.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { PhysicianProfileInput } from '../electron/common/settings/settings-model';

export const SAMPLE_PRACTICE = {
  name: 'Avery J. Example, MD — Orthopaedic Surgery (fictional)',
  addressLine: '2400 Example Medical Plaza, Suite 300 · Torrance, CA 90505',
  phoneLine: 'Tel (310) 555-0100 · Fax (310) 555-0101 · office@example.invalid',
};

/** The profile of the physician whose letterhead this is, as the demo and the signing tests save it. */
export const SAMPLE_PHYSICIAN: Required<PhysicianProfileInput> = {
  name: 'Avery J. Example, MD',
  credentials: 'MD, FAAOS',
  specialty: 'Orthopaedic Surgery',
  qmeNumber: 'QME-000000',
  licenseNumber: 'A 000000',
  practiceAddress: '2400 Example Medical Plaza, Suite 300\nTorrance, CA 90505',
  defaultCounty: 'Los Angeles',
};

const NAVY = '1F3864';
const GREY = '595959';

/** A PNG of width × height from a function giving each pixel's RGBA, written without an image library. */
function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 48×48 PNG: a navy disc with a white medical cross. */
export function logoPng(): Buffer {
  const size = 48;
  return encodePng(size, size, (x, y) => {
    const dx = x - size / 2 + 0.5;
    const dy = y - size / 2 + 0.5;
    const inDisc = dx * dx + dy * dy <= (size / 2 - 1) ** 2;
    const inCross = (Math.abs(dx) < 5 && Math.abs(dy) < 15) || (Math.abs(dy) < 5 && Math.abs(dx) < 15);
    return !inDisc ? [0, 0, 0, 0] : inCross ? [255, 255, 255, 255] : [0x1f, 0x38, 0x64, 255];
  });
}

/** A fictional handwritten-looking signature (a looping stroke in dark blue ink) on a transparent background. */
export function sampleSignaturePng(): Buffer {
  const [width, height] = [360, 96];
  const ink = new Float32Array(width * height);
  for (let i = 0; i <= 4000; i++) {
    const t = i / 4000;
    const x = 18 + 320 * t + 10 * Math.sin(2 * Math.PI * 7 * t);
    const y = 52 - 24 * Math.sin(2 * Math.PI * 3.5 * t) * (1 - 0.6 * t) - 10 * Math.cos(2 * Math.PI * 7 * t) + 8 * t;
    for (let dy = -3; dy <= 3; dy++) {
      for (let dx = -3; dx <= 3; dx++) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        const d = Math.hypot(px - x, py - y);
        ink[py * width + px] = Math.max(ink[py * width + px]!, Math.min(1, Math.max(0, 2.2 - d)));
      }
    }
  }
  return encodePng(width, height, (x, y) => [0x1a, 0x23, 0x5a, Math.round(255 * ink[y * width + x]!)]);
}

export function buildSampleLetterhead(): Document {
  const rule = { style: BorderStyle.SINGLE, size: 8, color: NAVY, space: 6 };
  const small = (text: string) => new TextRun({ text, size: 17, color: GREY });
  return new Document({
    creator: 'MedLegal Writer sample',
    title: 'Sample letterhead (fictional)',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: {
          run: { font: 'Arial', size: 24, bold: true, color: NAVY },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: 'Arial', size: 22, bold: true, color: NAVY },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: 2160, bottom: 1440, left: 1440, right: 1440, header: 540, footer: 540 },
          },
        },
        headers: {
          first: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                // "At least" line spacing: LibreOffice crops an inline picture in a header paragraph with proportional spacing.
                spacing: { after: 0, line: 240, lineRule: LineRuleType.AT_LEAST },
                children: [
                  new ImageRun({
                    type: 'png',
                    data: logoPng(),
                    transformation: { width: 34, height: 34 },
                    altText: { name: 'Logo', title: 'Logo', description: 'Practice logo (fictional)' },
                  }),
                  new TextRun({ text: `  ${SAMPLE_PRACTICE.name}`, bold: true, size: 28, color: NAVY }),
                ],
              }),
              new Paragraph({ spacing: { after: 0 }, indent: { left: 600 }, children: [small(SAMPLE_PRACTICE.addressLine)] }),
              new Paragraph({
                spacing: { after: 0 },
                indent: { left: 600 },
                border: { bottom: rule },
                children: [small(SAMPLE_PRACTICE.phoneLine)],
              }),
            ],
          }),
          default: new Header({
            children: [
              new Paragraph({
                spacing: { after: 60 },
                children: [new TextRun({ text: SAMPLE_PRACTICE.name, bold: true, size: 18, color: NAVY })],
              }),
            ],
          }),
        },
        footers: {
          first: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { after: 0 },
                children: [small('Qualified Medical Evaluator · Diplomate, American Board of Orthopaedic Surgery (fictional)')],
              }),
            ],
          }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { after: 0 },
                children: [small(`${SAMPLE_PRACTICE.addressLine} · Tel (310) 555-0100`)],
              }),
            ],
          }),
        },
        children: [
          new Paragraph(
            'Letterhead of a fictional practice for MedLegal Writer. Reports are written inside its header, footer and styles; this text is not used.',
          ),
        ],
      },
    ],
  });
}

export const SAMPLE_LETTERHEAD_PATH = path.resolve(__dirname, '../test/fixtures/letterhead/sample-letterhead.docx');

async function main() {
  const i = process.argv.indexOf('--out');
  const out = i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]!) : SAMPLE_LETTERHEAD_PATH;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await Packer.toBuffer(buildSampleLetterhead()));
  console.log(`Wrote ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
