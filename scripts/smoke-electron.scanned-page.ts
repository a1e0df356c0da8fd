// The one scanned page the Electron smoke run imports and OCRs: fictional typed lines, rendered to a grayscale image with
// PDFium and put back into a PDF with no text layer, so the app must read it with OCR. Needs nothing beyond npm packages,
// so it works on Windows and macOS runners too (the tests' scanned fixtures use poppler's pdftoppm).
import { PDFiumLibrary } from '@hyzyla/pdfium';
import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState, StandardFonts } from 'pdf-lib';

/** A word no sample record contains: finding it by search proves the page went through OCR. */
export const SCANNED_MARKER_WORD = 'marmalade';

const LINES = [
  'RADIOLOGY REPORT',
  '',
  'Provider: Quinn Example, M.D. (fictional)',
  'Findings: the quartz marmalade sign is absent.',
  'Impression: no acute abnormality.',
];
const LETTER: [number, number] = [612, 792];
const DPI = 200;

async function typedPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(LETTER);
  LINES.forEach((line, i) => page.drawText(line, { x: 72, y: LETTER[1] - 96 - i * 28, size: 16, font }));
  return doc.save();
}

/** A one-page PDF whose only content is an 8-bit grayscale image of LINES. */
export async function scannedPagePdf(): Promise<Uint8Array> {
  const pdfium = await PDFiumLibrary.init();
  let gray: { width: number; height: number; data: Uint8Array };
  try {
    const source = await pdfium.loadDocument(await typedPage());
    gray = await source.getPage(0).render({ render: 'bitmap', colorSpace: 'Gray', scale: DPI / 72 });
    source.destroy();
  } finally {
    pdfium.destroy();
  }

  const doc = await PDFDocument.create();
  const image = doc.context.register(
    doc.context.flateStream(gray.data, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: gray.width,
      Height: gray.height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
    }),
  );
  const page = doc.addPage(LETTER);
  const name = page.node.newXObject('Scan', image);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(LETTER[0], 0, 0, LETTER[1], 0, 0),
    drawObject(name),
    popGraphicsState(),
  );
  return doc.save();
}
