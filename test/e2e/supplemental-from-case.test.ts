// "Supplemental from this case…" as a physician uses it: the sample QME report signed, then from the case list a
// supplemental (ML203) that follows it: the records received since imported and itemized, a new question answered, the
// report signed; the exported .docx cites the report it follows by date, says what was received since, lists that report
// as reviewed and verifies only the new pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { supplementalReportDueDate } from '../../electron/common/calc/deadlines';
import { formatUsDate } from '../../electron/common/util/iso-date';
import { textPdf } from '../fixtures/generate-pdfs';
import { docxText } from '../helpers/docx';
import { appForThisFile, enterSignerProfile, openStep, waitForSaves } from './app-steps';
import { exportedFiles, type AppSession } from './harness';

const exact = { exact: true } as const;

let recordsPdf: string;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-supplemental-'));
  recordsPdf = path.join(dir, 'new-mri-report.pdf');
  fs.writeFileSync(recordsPdf, await textPdf({ pages: 4, seed: 4242, title: 'Fictional MRI report' }));
});
afterAll(() => fs.rmSync(path.dirname(recordsPdf), { recursive: true, force: true }));

/** The local date as ISO, as the app's "today" is. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Sign and export on the review step: open warnings are accepted; nothing may be missing (the failure names it). */
async function signAndExport(app: AppSession, county: string, date: string): Promise<string> {
  const { page } = app;
  await waitForSaves(page);
  await openStep(page, /Review and sign/);
  const panel = page.getByRole('region', { name: 'Sign and export' });
  await panel.getByLabel('County where you sign').fill(county);
  await panel.getByLabel('Date of signing').fill(date);
  const before = exportedFiles(app).length;
  await panel.getByRole('button', { name: 'Sign and export' }).click();
  const warned = page.getByRole('alertdialog', { name: 'Sign with open warnings?' });
  const notSigned = page.getByRole('alert', { name: 'Not signed yet' });
  await expect
    .poll(async () => exportedFiles(app).length - before + (await warned.count()) + (await notSigned.count()), {
      timeout: 90_000,
    })
    .toBeGreaterThan(0);
  expect(await notSigned.count(), (await notSigned.allTextContents()).join(' ')).toBe(0);
  if (await warned.count()) await warned.getByRole('button', { name: 'Sign anyway' }).click();
  await expect.poll(() => exportedFiles(app).length, { timeout: 90_000 }).toBe(before + 1);
  const file = exportedFiles(app).at(-1)!;
  // KEEP_EXPORTS=dir keeps each signed report for a look at its LibreOffice rendering.
  if (process.env.KEEP_EXPORTS) fs.copyFileSync(file, path.join(process.env.KEEP_EXPORTS, path.basename(file)));
  return file;
}

async function typeInEditor(page: Page, name: string, text: string) {
  await page.getByRole('textbox', { name, exact: true }).click();
  await page.keyboard.type(text);
}

describe('supplemental from a signed case', () => {
  const session = appForThisFile();

  it('follows the signed QME report with a signed supplemental on the new pages only', { timeout: 420_000 }, async () => {
    const app = session();
    const { page } = app;
    await enterSignerProfile(page);

    // The sample comprehensive report: before it is signed, the menu says what a supplemental needs.
    await page.getByRole('region', { name: 'No cases yet' }).getByRole('button', { name: 'Open sample case' }).click();
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('button', { name: 'More actions for Maria Q. Sample' }).click();
    const item = page.getByRole('menuitem', { name: /Supplemental from this case/ });
    expect(await item.getAttribute('aria-disabled')).toBe('true');
    expect(await item.textContent()).toContain('Needs a signed report');
    await page.keyboard.press('Escape');
    await page.getByRole('row', { name: /Maria Q\. Sample/ }).click();
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    await signAndExport(app, 'San Diego', '2026-11-20');

    // From the case list: the dialog names the report followed and the template; the request is typed and sent with Enter.
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('button', { name: 'More actions for Maria Q. Sample' }).click();
    await page.getByRole('menuitem', { name: /Supplemental from this case/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Supplemental from this case' });
    await expect.poll(() => dialog.textContent()).toContain('Follows your report of 11/20/2026');
    expect(await dialog.textContent()).toContain('California QME/AME supplemental report (ML203)');
    expect(await dialog.getByLabel('Date the request was received').inputValue()).toBe(localToday());
    await page.keyboard.type('Daniel R. Okafor, Esq.');
    await page.keyboard.press('Enter');

    // The new case opens on its case step, saying which report it follows.
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Report this case follows').textContent())
      .toContain('Follows your report of 11/20/2026');
    expect(await page.getByRole('textbox', { name: 'Name of party 1', ...exact }).inputValue()).not.toBe('');
    await typeInEditor(
      page,
      'Request for a supplemental report',
      'The applicant attorney asks me to review a new lumbar MRI and answer one question.',
    );

    // Records received since: one batch, itemized; the verification counts its pages alone.
    await openStep(page, /^Records reviewed/);
    await page.getByRole('button', { name: 'Import records…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import records' });
    await importDialog.getByRole('textbox', { name: /^Sender/ }).fill('Okafor & Lindqvist (fictional)');
    await importDialog.getByLabel('Date received').fill(localToday());
    app.nextOpenFiles = [recordsPdf];
    await importDialog.getByRole('button', { name: 'Choose PDF files…' }).click();
    await page.getByRole('status', { name: 'Imported 1 of 1 file (4 pages).' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Add entry', ...exact }).click();
    const form = page.getByRole('region', { name: 'New chronology entry' });
    await form.getByLabel('Source file', exact).selectOption({ label: 'new-mri-report.pdf (4 pages)' });
    await form.getByLabel('First page', exact).fill('1');
    await form.getByLabel('Last page', exact).fill('4');
    await form.getByLabel('Date of service', exact).fill('2026-11-25');
    await form.getByLabel('Author or provider', exact).fill('Casey Radiologist, MD');
    await form.getByLabel('Record type', exact).fill('Lumbar MRI report');
    await form.getByRole('textbox', { name: 'Summary of the record', exact: true }).click();
    await page.keyboard.type('L4-5 disc protrusion, unchanged from the prior study.');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => page.getByLabel('Fixed text of Verification of pages reviewed').textContent()).toContain('is 4.');
    await typeInEditor(page, 'What the new records show', 'The new MRI shows no change at L4-5.');
    await page
      .getByRole('radiogroup', { name: /report the employee obtained/ })
      .getByText('No', exact)
      .click();

    // Discussion and the new question.
    await openStep(page, /^Discussion/);
    await page
      .getByRole('radiogroup', { name: /prior opinions change/ })
      .getByText('No', exact)
      .click();
    await typeInEditor(page, 'Discussion and changes to prior opinions', 'The MRI confirms the findings of my report.');
    await openStep(page, /Questions from the parties/);
    await page.getByRole('button', { name: 'Add question from…' }).click();
    await page.getByRole('menuitem', { name: /Daniel R\. Okafor/ }).click();
    await page.getByRole('textbox', { name: /^Question 1 from/ }).fill('Does the new MRI change your impairment rating?');
    await page.getByRole('textbox', { name: /^Answer to question 1 from/ }).click();
    await page.keyboard.type('No. The MRI shows no change, so the rating stands.');

    // The §4628 disclosures of this report, then signed.
    await openStep(page, /Review and sign/);
    await page.getByLabel('Date the record review was performed').fill(localToday());
    await page.getByLabel('Place the record review was performed').fill('500 Example Avenue, Pasadena, CA');
    await page.getByLabel('The records were reviewed and summarized by').fill('Jordan P. Signer, MD');
    await page.getByLabel('The conclusions were composed and drafted by').fill('Jordan P. Signer, MD');
    await page.getByLabel(/Everyone else who performed services/).fill('None');
    await page.getByLabel(/comply with the Administrative Director/).selectOption('complied');
    const file = await signAndExport(app, 'San Diego', localToday());

    const text = (await docxText(file)).replace(/\s+/g, ' ');
    expect(text).toContain('This supplemental report follows my report dated 11/20/2026.');
    expect(text).toContain(`It responds to the request of Daniel R. Okafor, Esq. received on ${formatUsDate(localToday())}.`);
    expect(text).toMatch(
      /Since my report of 11\/20\/2026 I have received 4 new pages of records from Okafor & Lindqvist \(fictional\), and 1 new question from Daniel R\. Okafor, Esq\./,
    );
    expect(text).not.toContain('Esq..');
    // The opinions do not change: no empty "Revised impairment rating" or "Revised apportionment" headings.
    expect(text).not.toMatch(/Revised (impairment rating|apportionment)/);
    expect(text).toMatch(/11\/20\/2026 Jordan P\. Signer, MD My prior report in this case: California QME\/AME comprehensive/);
    expect(text).toContain('reviewed by me in connection with this report is 4.');
    expect(text.match(/\[[^\]]{2,60}\]/g) ?? []).toEqual([]);

    // The note on the case step leads back to the case whose report this one follows (it has an interview; this has none).
    await openStep(page, /^Case and parties/);
    expect(await page.getByRole('tab', { name: /^Interview/ }).count()).toBe(0);
    await page.getByLabel('Report this case follows').getByRole('button', { name: 'Open the earlier case' }).click();
    await page.getByRole('tab', { name: /^Interview/ }).waitFor();
    expect(await page.getByLabel('Report this case follows').count()).toBe(0);

    // The case list: the supplemental is due 60 days after the request (8 CCR §38), until it is served.
    await page.getByRole('button', { name: 'All cases' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Maria Q\. Sample/ }).count()).toBe(2);
    const due = formatUsDate(supplementalReportDueDate(localToday()).date);
    await expect
      .poll(() => page.getByRole('row', { name: /Maria Q\. Sample/ }).allTextContents())
      .toContainEqual(expect.stringContaining(due));
  });
});
