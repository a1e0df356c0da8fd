// Background OCR in the records step: after importing a scanned file the step shows how many pages wait, the physician
// pauses and resumes it, and the count reaches zero with the pages searchable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordPage, scannedPdf } from '../fixtures/generate-pdfs';
import { requireTool } from '../helpers/tools';
import { appForThisFile, createCase, openStep } from './app-steps';

const PAGES = 6;

describe('OCR progress', () => {
  const session = appForThisFile();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-ocr-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(
    'shows the pages waiting for OCR, pauses and resumes, and ends with every page searchable',
    { timeout: 180_000 },
    async () => {
      requireTool('pdftoppm');
      const file = path.join(dir, 'scanned-clinic-notes.pdf');
      fs.writeFileSync(file, await scannedPdf(Array.from({ length: PAGES }, (_, i) => recordPage(777, i, PAGES).lines)));
      const app = session();
      const { page } = app;
      await createCase(page, { name: 'Olive Ocr' });
      await openStep(page, /^Records reviewed/);

      await page.getByRole('button', { name: 'Import records…' }).click();
      const importDialog = page.getByRole('dialog', { name: 'Import records' });
      await importDialog.getByRole('textbox', { name: /^Sender/ }).fill('Pretend Claims Inc.');
      app.nextOpenFiles = [file];
      await importDialog.getByRole('button', { name: 'Choose PDF files…' }).click();

      const ocr = page.getByRole('region', { name: 'Text recognition (OCR)' });
      await ocr.getByRole('button', { name: 'Pause OCR' }).click({ timeout: 60_000 });
      // Pages already being read finish first ("Pausing: …"); then paused means paused: the same pages wait seconds later.
      await expect.poll(() => ocr.textContent(), { timeout: 60_000 }).toMatch(/Paused: \d+ scanned pages? of this case wait/);
      const waitingNow = async () => Number(/Paused: (\d+)/.exec((await ocr.textContent())!)![1]);
      const waiting = await waitingNow();
      expect(waiting).toBeGreaterThan(0);
      await page.waitForTimeout(5000);
      expect(await waitingNow()).toBe(waiting);

      await ocr.getByRole('button', { name: 'Resume OCR' }).click();
      await expect
        .poll(() => ocr.textContent(), { timeout: 10_000 })
        .toMatch(/Recognising text in scanned pages \(OCR\).*\d+ scanned pages? left/);
      await expect.poll(() => ocr.count(), { timeout: 120_000 }).toBe(0);
      const totals = page.getByRole('group', { name: 'Page totals' });
      await expect.poll(() => totals.getByRole('group', { name: 'Awaiting OCR: 0' }).count()).toBe(1);
      const words = recordPage(777, PAGES - 1, PAGES)
        .lines.join(' ')
        .split(/\s+/)
        .filter((w) => /^[A-Za-z]{7,}$/.test(w));
      await page.getByRole('searchbox', { name: 'Search record text' }).fill(words[0]!);
      await expect
        .poll(() => page.getByRole('list', { name: 'Search results' }).getByRole('button').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
    },
  );
});
