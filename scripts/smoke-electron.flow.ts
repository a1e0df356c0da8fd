// What the Electron smoke run does in the window, as a new user would: open the sample case, import one scanned page (the
// file dialog is answered by the caller), wait until OCR has made it searchable, export to Word and check the .docx. Plain
// Playwright, so the E2E harness runs the same steps against the real UI (test/integration/package/smoke-flow.test.ts).
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** Runs one named step; returns what to print beside it. */
export type StepRunner = (name: string, run: () => Promise<string | void>) => Promise<void>;

const SECOND = 1000;

/** Returns the path of the exported .docx. */
export async function driveSmokeFlow(page: Page, step: StepRunner, options: { marker: string }): Promise<string> {
  await step('open the sample case', async () => {
    await page.getByRole('region', { name: 'No cases yet' }).getByRole('button', { name: 'Open sample case' }).click();
    await page.getByRole('tab', { name: /Records reviewed/ }).click({ timeout: 60 * SECOND });
  });

  await step('import a scanned page and OCR it', async () => {
    await page.getByRole('button', { name: 'Import records…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import records' });
    await dialog.getByRole('textbox', { name: /^Sender/ }).fill('Smoke-test sender (fictional)');
    await dialog.getByRole('button', { name: 'Choose PDF files…' }).click();
    // Searchable means the page went through OCR: the word exists only in the scanned image. OCR runs in the background
    // after the import, so search again every few seconds, for up to 3 minutes.
    const search = page.getByRole('searchbox', { name: 'Search record text' });
    const firstResult = page.getByRole('list', { name: 'Search results' }).getByRole('button').first();
    const deadline = Date.now() + 180 * SECOND;
    for (;;) {
      await search.fill(options.marker);
      const found = await firstResult.waitFor({ timeout: 5 * SECOND }).then(
        () => true,
        () => false,
      );
      if (found) break;
      if (Date.now() > deadline) throw new Error(`"${options.marker}" was not found in the records 3 minutes after import`);
      await search.fill('');
    }
    return `"${options.marker}" found by search`;
  });

  let exported = '';
  await step('export the report to Word', async () => {
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const notice = page.getByText(/Report saved to .+\.docx\./).first();
    await notice.waitFor({ timeout: 60 * SECOND });
    exported = /Report saved to (.+?\.docx)\./.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    if (!fs.existsSync(exported)) throw new Error(`The app reported saving "${exported}", but there is no such file`);
    const bytes = fs.readFileSync(exported);
    const parts = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
    const xml = Buffer.from(parts['word/document.xml'] ?? []).toString('utf8');
    if (!xml.includes('<w:body')) throw new Error(`${exported} is not a Word document: it has no word/document.xml body`);
    return `${(bytes.length / 1024).toFixed(0)} KB, word/document.xml present`;
  });
  return exported;
}
