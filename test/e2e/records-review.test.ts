// Records review in the browser: two generated PDFs picked into two sender batches (one declaring a page count that does
// not match), three chronology entries (one from "Suggest from page"), a cited page and a search hit opened in the pdf.js
// viewer, the numbered "Records reviewed" table and page verification read back from the .docx; PDFs dropped on the step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, exportedFiles, launchApp, type AppSession } from './harness';
import { docxHeadings, docxText } from '../helpers/docx';
import { concatPdfs, recordPage, textPdf } from '../fixtures/generate-pdfs';

const exact = { exact: true } as const;
const SEED_A = 501;
const SEED_B = 502;
const RARE_WORD = 'zylophrenic';

function usDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}

/** Dark pixels on the viewer's canvas once it shows `pageNumber`: a drawn page of text has thousands, a blank one none. */
async function drawnPixels(page: Page, pageNumber: number): Promise<number> {
  const canvas = page.getByTestId('record-page-canvas');
  await expect.poll(() => canvas.getAttribute('data-rendered-page'), { timeout: 20_000 }).toBe(String(pageNumber));
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
    return dark;
  });
}

describe('records review', () => {
  let app: AppSession;
  let dir: string;
  let fileA: string;
  let fileB: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-records-'));
    // A: 12 pages from the claims administrator. B: 8 pages from the applicant's attorney, page 7 carrying a rare word,
    // then a copy of A's first page (an exact duplicate, so 21 pages received and 20 to verify).
    const a = await textPdf({ pages: 12, seed: SEED_A, title: 'Fictional orthopaedic records' });
    const bOwn = await textPdf({
      pages: 8,
      seed: SEED_B,
      title: 'Fictional imaging records',
      pageLines: (i) => [
        ...recordPage(SEED_B, i, 8).lines,
        ...(i === 6 ? [`Addendum: ${RARE_WORD} changes noted on review.`] : []),
      ],
    });
    const b = await concatPdfs([{ bytes: bOwn }, { bytes: a, pages: [0] }], 'Fictional imaging records with a repeat');
    fileA = path.join(dir, 'bayview-ortho.pdf');
    fileB = path.join(dir, 'sierra-imaging.pdf');
    fs.writeFileSync(fileA, a);
    fs.writeFileSync(fileB, b);
    app = await launchApp();
    app.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  });
  afterAll(async () => {
    await app.close();
    await closeBrowser();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'imports two batches, checks the count, builds the chronology beside the page and exports the table and verification',
    { timeout: 240_000 },
    async () => {
      const { page } = app;
      await openRecordsStepOfNewCase(page, 'Casey R. Records');

      // Empty step: says what it is for and offers the import; the rail marks the step as still to do.
      await page.getByText('Import the PDFs each party sent').waitFor();
      expect(await page.getByRole('tab', { name: 'Records reviewed (incomplete)' }).count()).toBe(1);

      // Batch 1: declared 12, declaration received.
      await page.getByRole('button', { name: 'Import records…' }).click();
      let importDialog = page.getByRole('dialog', { name: 'Import records' });
      await importDialog.getByRole('textbox', { name: /^Sender/ }).fill('Pretend Claims Inc.');
      await importDialog.getByLabel('Date received').fill('2026-09-01');
      await importDialog.getByLabel('Pages declared by the sender', exact).fill('12');
      await importDialog.getByText("Sender's declaration received").click();
      app.nextOpenFiles = [fileA];
      await importDialog.getByRole('button', { name: 'Choose PDF files…' }).click();
      await page.getByRole('status', { name: 'Imported 1 of 1 file (12 pages).' }).waitFor({ timeout: 60_000 });

      // Batch 2: declared 10, but the file has 9 pages; no declaration yet.
      await page.getByRole('button', { name: 'Import records…' }).click();
      importDialog = page.getByRole('dialog', { name: 'Import records' });
      await importDialog.getByRole('textbox', { name: /^Sender/ }).fill('Ann Applicant-Lawyer, Esq.');
      await importDialog.getByLabel('Date received').fill('2026-09-15');
      await importDialog.getByLabel('Pages declared by the sender', exact).fill('10');
      app.nextOpenFiles = [fileB];
      await importDialog.getByRole('button', { name: 'Choose PDF files…' }).click();
      await page.getByRole('status', { name: 'Imported 1 of 1 file (9 pages).' }).waitFor({ timeout: 60_000 });

      // The count check: the mismatch is flagged in words on the second batch only; the missing declaration is warned about.
      const batches = page.getByRole('table', { name: 'Sender batches' });
      const lawyerRow = batches.getByRole('row', { name: /Ann Applicant-Lawyer/ });
      await expect.poll(() => lawyerRow.getByRole('note', { name: 'Count mismatch: Declared 10, counted 9' }).count()).toBe(1);
      expect(await batches.getByRole('row', { name: /Pretend Claims/ }).textContent()).toContain('Matches');
      // Read as a sentence: its two sentences apart ("(9 pages). Records", not "(9 pages).Records").
      expect(
        await page
          .getByText(/No sender's declaration yet for Ann Applicant-Lawyer, Esq\. \(9 pages\)\. Records sent without/)
          .count(),
      ).toBe(1);
      const totals = page.getByRole('group', { name: 'Page totals' });
      await expect.poll(() => totals.getByRole('group', { name: 'Pages received: 21' }).count()).toBe(1);
      // The records are in; the step also asks whether the employee sent reports of their own, and is done once answered.
      await page
        .getByRole('radiogroup', { name: /obtained at their own expense/ })
        .getByRole('radio', { name: 'No' })
        .check();
      // Pages alone are not a records list: the step stays to do until a record is itemized (entry 1 below).
      await expect.poll(() => page.getByRole('tab', { name: 'Records reviewed (incomplete)' }).count()).toBe(1);
      expect(await totals.getByRole('group', { name: 'Duplicate pages: 1' }).count()).toBe(1);
      expect(await totals.getByRole('group', { name: 'Pages to verify: 20' }).count()).toBe(1);
      await expect
        .poll(() => page.getByTestId('page-verification-totals').textContent())
        .toBe('Pages received 21; duplicates 1; pages to verify 20');
      await page.getByRole('button', { name: 'Duplicate pages (1)' }).click();
      const duplicates = page.getByRole('list', { name: 'Duplicate pages' });
      expect(await duplicates.textContent()).toMatch(
        /Original.*bayview-ortho\.pdf p\. 1.*repeated in.*sierra-imaging\.pdf p\. 9/,
      );
      expect(await duplicates.getByRole('checkbox', { name: 'Count sierra-imaging.pdf p. 9' }).isChecked()).toBe(false);

      // Entry 1 from "Suggest from page" on A p. 3.
      const pageA3 = recordPage(SEED_A, 2, 12);
      await page.getByRole('button', { name: 'Add entry', ...exact }).click();
      let form = page.getByRole('region', { name: 'New chronology entry' });
      await form.getByLabel('Source file', exact).selectOption({ label: 'bayview-ortho.pdf (12 pages)' });
      await form.getByLabel('First page', exact).fill('3');
      await form.getByRole('button', { name: 'Suggest from page' }).click();
      await expect.poll(() => form.getByLabel('Date of service', exact).inputValue()).toBe(pageA3.dateOfService);
      expect(await form.getByText(`From the page: “Date of Service: ${usDate(pageA3.dateOfService)}”`).count()).toBe(1);
      expect(await form.getByLabel('Author or provider', exact).inputValue()).toContain(pageA3.provider.split(',')[0]!);
      await form.getByRole('textbox', { name: 'Summary of the record', exact: true }).click();
      await page.keyboard.type('Suggested entry: lumbar findings documented.');
      await form.getByText('Relied upon for my opinions').click();
      await form.getByRole('button', { name: 'Save entry' }).click();
      await page.getByRole('region', { name: 'Chronology entry 1' }).waitFor();
      await expect.poll(() => page.getByRole('tab', { name: 'Records reviewed (complete)' }).count()).toBe(1);

      // Entries 2 and 3 typed by hand; entry 3 is the earliest, so it becomes No. 1.
      const addByHand = async (o: {
        file: string;
        from: string;
        to: string;
        date: string;
        provider: string;
        type: string;
        summary: string;
      }) => {
        await page.getByRole('button', { name: 'Add entry', ...exact }).click();
        form = page.getByRole('region', { name: 'New chronology entry' });
        await form.getByLabel('Source file', exact).selectOption({ label: o.file });
        await form.getByLabel('First page', exact).fill(o.from);
        await form.getByLabel('Last page', exact).fill(o.to);
        await form.getByLabel('Date of service', exact).fill(o.date);
        await form.getByLabel('Author or provider', exact).fill(o.provider);
        await form.getByLabel('Facility', exact).fill('Sierra Valley Imaging Center');
        await form.getByLabel('Record type', exact).fill(o.type);
        await form.getByRole('textbox', { name: 'Summary of the record', exact: true }).click();
        await page.keyboard.type(o.summary);
        await form.getByRole('button', { name: 'Save entry' }).click();
        await expect.poll(() => form.count()).toBe(0);
      };
      await addByHand({
        file: 'sierra-imaging.pdf (9 pages)',
        from: '2',
        to: '4',
        date: '2030-05-05',
        provider: 'Dr. Late Reader',
        type: 'MRI report',
        summary: 'MRI shows a protrusion.',
      });
      await addByHand({
        file: 'sierra-imaging.pdf (9 pages)',
        from: '5',
        to: '5',
        date: '2018-03-01',
        provider: 'Dr. Early Writer',
        type: 'Office note',
        summary: 'First visit.',
      });

      const grid = page.getByRole('grid', { name: 'Chronology' });
      await expect.poll(() => grid.getByRole('row').count()).toBe(4);
      const rowTexts = await grid.getByRole('row').allTextContents();
      expect(rowTexts[1]).toMatch(/^1\s*03\/01\/2018.*Dr\. Early Writer.*sierra-imaging\.pdf p\. 5/);
      expect(rowTexts[2]).toMatch(new RegExp(`^2\\s*${usDate(pageA3.dateOfService)}.*bayview-ortho\\.pdf p\\. 3.*Yes`));
      expect(rowTexts[3]).toMatch(/^3\s*05\/05\/2030.*Dr\. Late Reader.*sierra-imaging\.pdf p\. 2–4/);

      // Selecting a row (keyboard) opens its cited page in the viewer, drawn by pdf.js.
      const viewer = page.getByRole('region', { name: 'Record page viewer' });
      await grid.getByRole('row', { name: /Dr\. Late Reader/ }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => viewer.getByRole('status').textContent(), { timeout: 20_000 }).toBe('p. 2 of 9');
      expect(await viewer.textContent()).toContain('sierra-imaging.pdf');
      expect(await drawnPixels(page, 2)).toBeGreaterThan(2000);
      await viewer.getByLabel(/Page Up and Page Down turn pages/).press('PageDown');
      await expect.poll(() => viewer.getByRole('status').textContent()).toBe('p. 3 of 9');
      expect(await drawnPixels(page, 3)).toBeGreaterThan(2000);

      // In this 1440-pixel window the viewer sits below the chronology; folding the guidance away puts it beside the entries.
      const box = async (name: 'grid' | 'region', label: string) => (await page.getByRole(name, { name: label }).boundingBox())!;
      const chronologyBottom = async () => (await box('grid', 'Chronology')).y + (await box('grid', 'Chronology')).height;
      expect((await box('region', 'Record page viewer')).y).toBeGreaterThanOrEqual(await chronologyBottom());
      await page.getByRole('button', { name: 'Hide guidance (more room for the report)' }).click();
      await expect
        .poll(
          async () =>
            (await box('region', 'Record page viewer')).x >=
            (await box('grid', 'Chronology')).x + (await box('grid', 'Chronology')).width,
          { timeout: 5000 },
        )
        .toBe(true);
      expect((await box('region', 'Record page viewer')).y).toBeLessThan(await chronologyBottom());

      // Search (Ctrl+F focuses the records search box here, not Find in report) for a word only on B p. 7, and open the hit.
      await page.keyboard.press('Control+f');
      await page.keyboard.type(RARE_WORD);
      expect(await page.getByRole('search', { name: 'Find in report' }).count()).toBe(0);
      const results = page.getByRole('list', { name: 'Search results' });
      await expect.poll(() => results.getByRole('button').count(), { timeout: 10_000 }).toBe(1);
      const hit = results.getByRole('button', { name: /sierra-imaging\.pdf p\. 7/ });
      expect(await hit.locator('mark').first().textContent()).toMatch(new RegExp(RARE_WORD, 'i'));
      await hit.click();
      await expect.poll(() => viewer.getByRole('status').textContent()).toBe('p. 7 of 9');
      expect(await drawnPixels(page, 7)).toBeGreaterThan(2000);

      // Export: the numbered records table in date order and the verification with the pages to verify.
      await expect
        .poll(() => page.getByTestId('save-status').allTextContents(), { timeout: 8000 })
        .not.toContainEqual(expect.stringContaining('Saving'));
      await page.getByRole('button', { name: 'Export to Word' }).click();
      await expect.poll(() => exportedFiles(app).length, { timeout: 30_000 }).toBe(1);
      const file = exportedFiles(app)[0]!;
      const headings = docxHeadings(file);
      expect(headings).toContain('Records reviewed');
      expect(headings).toContain('Verification of pages reviewed');
      const text = await docxText(file);
      const table = text.slice(text.indexOf('Records reviewed'));
      const rows = [
        ['1', '03/01/2018', 'Dr. Early Writer, Sierra Valley Imaging Center', 'Office note', '1'],
        ['2', usDate(pageA3.dateOfService), pageA3.provider.split(',')[0]!, '', '1'],
        ['3', '05/05/2030', 'Dr. Late Reader, Sierra Valley Imaging Center', 'MRI report', '3'],
      ];
      const header = table.indexOf('Type of record');
      expect(header).toBeGreaterThan(0);
      // Records are grouped by the sender batch they came in: each row's cells in order, after its batch heading.
      expect(table).toMatch(/Received from [^\n]+: \d+ pages received/);
      for (const [number, date, ...cells] of rows) {
        let at = table.indexOf(`${number}\n${date}`, header);
        if (at < 0) at = table.indexOf(date!, header);
        expect(at, `row ${number} (${date})`).toBeGreaterThan(header);
        for (const cell of cells.filter(Boolean)) {
          const next = table.indexOf(cell, at);
          expect(next, `"${cell}" after position ${at}`).toBeGreaterThan(at);
          at = next;
        }
      }
      expect(table.indexOf('Total pages received')).toBeGreaterThan(header);
      expect(text).toContain(
        'I verify under penalty of perjury that the total number of pages of records reviewed by me in connection with this report is 20.',
      );

      // Deleting an entry asks first and can be undone: the entry comes back with its citation and number.
      await grid.getByRole('row', { name: /Dr\. Late Reader/ }).click();
      await page.getByRole('region', { name: 'Chronology entry 3' }).getByRole('button', { name: 'Delete entry' }).click();
      await page
        .getByRole('dialog', { name: 'Delete chronology entry?' })
        .or(page.getByRole('alertdialog', { name: 'Delete chronology entry?' }))
        .getByRole('button', { name: 'Delete entry' })
        .click();
      await expect.poll(() => grid.getByRole('row').count(), { timeout: 5000 }).toBe(3);
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect.poll(() => grid.getByRole('row').count(), { timeout: 5000 }).toBe(4);
      expect((await grid.getByRole('row').allTextContents())[3]).toMatch(
        /^3\s*05\/05\/2030.*Dr\. Late Reader.*sierra-imaging\.pdf p\. 2–4/,
      );

      // The guidance comes back when asked for.
      await page.getByRole('button', { name: 'Show guidance' }).click();
      await page.getByRole('complementary', { name: 'Guidance' }).getByText('Guidance: Records reviewed').waitFor();

      expect(cspViolations).toEqual([]);
      expect(app.blockedRequests).toEqual([]);
    },
  );

  it('imports PDFs dropped on the step, and says which dropped files it could not take', { timeout: 120_000 }, async () => {
    const { page } = app;
    const allCases = page.getByRole('button', { name: 'All cases' });
    if (await allCases.count()) await allCases.click();
    await openRecordsStepOfNewCase(page, 'Drew P. Dropper');
    await app.setDropPaths({ 'bayview-ortho.pdf': fileA, 'sierra-imaging.pdf': fileB });

    // Two PDFs from disk, a Word file, and a PDF with no path on this computer (dragged from a web page).
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      for (const name of ['bayview-ortho.pdf', 'sierra-imaging.pdf', 'cover-letter.docx', 'from-the-web.pdf'])
        dt.items.add(new File(['%PDF-'], name));
      return dt;
    });
    const zone = page.getByText('or drop PDF files here');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });

    // The messages are read as they show on screen: the Import dialog opens at the same moment and, being modal, hides
    // everything outside it (the toasts too) from the accessibility tree, so a role query races the dialog. Fluent also
    // announces each toast in a live region, hence first().
    await page.getByText('Only PDF files can be imported; not imported: cover-letter.docx.').first().waitFor();
    await page.getByText('Some dropped files are not on this computer. Use Import records… instead.').first().waitFor();
    const importDialog = page.getByRole('dialog', { name: 'Import records' });
    expect(await importDialog.getByRole('listitem').allTextContents()).toEqual(['bayview-ortho.pdf', 'sierra-imaging.pdf']);
    await importDialog.getByRole('textbox', { name: /^Sender/ }).fill('Pretend Claims Inc.');
    await importDialog.getByLabel('Pages declared by the sender', exact).fill('21');
    await importDialog.getByRole('button', { name: 'Import 2 files' }).click();
    await page.getByRole('status', { name: 'Imported 2 of 2 files (21 pages).' }).waitFor({ timeout: 60_000 });

    const batch = page.getByRole('table', { name: 'Sender batches' }).getByRole('row', { name: /Pretend Claims/ });
    await expect.poll(() => batch.textContent()).toContain('Matches');
    const totals = page.getByRole('group', { name: 'Page totals' });
    await expect.poll(() => totals.getByRole('group', { name: 'Pages received: 21' }).count()).toBe(1);
  });

  it(
    'reads a large file range by range: the page asked for comes in one reply, and only the pages shown cross the bridge',
    { timeout: 180_000 },
    async () => {
      const { page } = app;
      const pages = 1200;
      const big = path.join(dir, 'large-packet.pdf');
      fs.writeFileSync(
        big,
        await textPdf({
          pages,
          seed: 503,
          pageLines: (i) => [...recordPage(503, i, pages).lines, ...(i === 1099 ? [`Note: ${RARE_WORD} finding.`] : [])],
        }),
      );
      const size = fs.statSync(big).size;
      expect(size).toBeGreaterThan(2 * 1024 * 1024); // past the size the viewer reads whole

      // Count what the viewer asks for, at the backend's door.
      const registry = app.backend().registry as unknown as { invoke: (channel: string, payload: unknown) => Promise<unknown> };
      const invoke = registry.invoke.bind(registry);
      let bytesRead = 0;
      const reads: string[] = [];
      registry.invoke = async (channel, payload) => {
        const result = await invoke(channel, payload);
        if (channel === 'records:readFile' || channel === 'records:openViewer' || channel === 'records:viewerLength') {
          reads.push(channel);
          const data = (result as { data?: { base64?: string; slices?: { base64: string }[] } }).data;
          for (const slice of data?.slices ?? [data ?? {}]) bytesRead += (slice.base64?.length ?? 0) * 0.75;
        }
        return result;
      };

      await page.getByRole('button', { name: 'All cases' }).click();
      await openRecordsStepOfNewCase(page, 'Lee Large-Packet');
      await page.getByRole('button', { name: 'Import records…' }).click();
      const importDialog = page.getByRole('dialog', { name: 'Import records' });
      await importDialog.getByRole('textbox', { name: /^Sender/ }).fill('Pretend Claims Inc.');
      app.nextOpenFiles = [big];
      await importDialog.getByRole('button', { name: 'Choose PDF files…' }).click();
      await page
        .getByRole('status', { name: `Imported 1 of 1 file (${pages.toLocaleString('en-US')} pages).` })
        .waitFor({ timeout: 120_000 });

      await page.getByRole('searchbox', { name: 'Search record text' }).fill(RARE_WORD);
      await page
        .getByRole('list', { name: 'Search results' })
        .getByRole('button', { name: /large-packet\.pdf p\. 1100/ })
        .click();
      const viewer = page.getByRole('region', { name: 'Record page viewer' });
      await expect.poll(() => viewer.getByRole('status').textContent(), { timeout: 30_000 }).toBe('p. 1,100 of 1,200');
      expect(await drawnPixels(page, 1100)).toBeGreaterThan(2000);
      // One round trip: the file's head and the parts pdf.js reads to show page 1,100, sent together, beside the file's
      // length, on which pdf.js starts while the first reply travels. Nothing else is read.
      expect(reads.sort()).toEqual(['records:openViewer', 'records:viewerLength']);
      expect(bytesRead).toBeGreaterThan(0);
      expect(bytesRead).toBeLessThan(size / 4);
      // The next page is drawn the same way (its parts read as pdf.js asks for them).
      await viewer.getByLabel(/Page Up and Page Down turn pages/).press('PageDown');
      expect(await drawnPixels(page, 1101)).toBeGreaterThan(2000);
      expect(bytesRead).toBeLessThan(size / 2);
      registry.invoke = invoke;
    },
  );
});

async function openRecordsStepOfNewCase(page: Page, examinee: string) {
  await page.getByRole('button', { name: 'New case' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await expect.poll(() => dialog.getByLabel('Type of report').inputValue()).toBe('ca-qme-comprehensive@1');
  await dialog.getByLabel('Examinee (applicant) name').fill(examinee);
  await dialog.getByLabel('Claim number').fill('REC-2026-5');
  await dialog.getByLabel('Employer').fill('Fictional Freight LLC');
  await dialog.getByLabel('Claims administrator').fill('Pretend Claims Inc.');
  await dialog.getByLabel('Date of examination').fill('2026-10-20');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
  await page.getByRole('tab', { name: /^Records reviewed/ }).click();
}
