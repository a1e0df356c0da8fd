// `npx tsx scripts/make-viewer-warm-up.ts`: writes the small PDF the records viewer opens, unseen, while the app is idle
// (renderer/src/features/records/viewer-warm-up.pdf), so the first real record does not pay for pdf.js's cold start.
// Built as most records arrive: compressed page contents, object streams, a cross-reference stream, standard fonts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../renderer/src/features/records/viewer-warm-up.pdf');

const LINES = [
  'This page is drawn off screen when the app starts, so that opening a record is quick.',
  'It is not a record and holds no patient data. Regenerate it with scripts/make-viewer-warm-up.ts.',
  'Date of service, history, examination, diagnosis, work status, treatment plan and signature lines',
  'are the kinds of text a records packet carries; the words here only give the fonts something to draw.',
];

async function main() {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await Promise.all(
    [StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.TimesRoman, StandardFonts.Courier].map((f) =>
      pdf.embedFont(f),
    ),
  );
  for (let p = 0; p < 3; p++) {
    const page = pdf.addPage([612, 792]);
    page.drawText(`MedLegal Writer viewer warm-up, page ${p + 1}`, { x: 54, y: 720, size: 16, font: fonts[1] });
    page.drawLine({ start: { x: 54, y: 708 }, end: { x: 558, y: 708 }, thickness: 1, color: rgb(0.3, 0.3, 0.3) });
    let y = 680;
    for (let i = 0; i < 24; i++, y -= 22) {
      const font = fonts[[0, 2, 3][i % 3]!]!;
      page.drawText(LINES[(i + p) % LINES.length]!, { x: 54, y, size: 10, font });
    }
    page.drawRectangle({ x: 54, y: 90, width: 200, height: 40, borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
  }
  fs.writeFileSync(OUT, await pdf.save({ useObjectStreams: true }));
  console.log(`wrote ${OUT} (${fs.statSync(OUT).size} bytes)`);
}

void main();
