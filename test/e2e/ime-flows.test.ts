// Three IMEs outside California's workers' comp, each from a new case to a signed report as a physician would write it:
// a personal-injury (auto) IME, a Texas workers' comp IME and a disability (LTD) IME. Each screen and each signed .docx
// speaks its template's words, prints no [placeholder], no California term, and the review lists no item that does not
// apply.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportedFiles, type AppSession } from './harness';
import { appForThisFile, createCase, openStep, waitForSaves, type NewCase } from './app-steps';
import { docxText } from '../helpers/docx';
import { textPdf } from '../fixtures/generate-pdfs';

const exact = { exact: true } as const;
/** Words that belong to California's workers' comp only. */
const CALIFORNIA_TERMS = /Applicant|WCAB|\bADJ\b|8 CCR|Labor Code|\bQME\b|Almaraz|Guzman|§4664|§9793|§4062/;

let recordsPdf: string;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-ime-'));
  recordsPdf = path.join(dir, 'referral-records.pdf');
  fs.writeFileSync(recordsPdf, await textPdf({ pages: 3, seed: 777, title: 'Fictional treating records' }));
});
afterAll(() => fs.rmSync(path.dirname(recordsPdf), { recursive: true, force: true }));

/** From a case's workspace (where the previous test left the app) back to the case list; nothing to do on the list. */
async function backToCaseList(page: Page) {
  const back = page.getByRole('button', { name: 'All cases' });
  if ((await back.count()) > 0) await back.click();
  await page.getByRole('button', { name: 'New case' }).first().waitFor();
}

/** The physician's profile once per app, as a new user does first. */
async function setUpProfile(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Name as signed').fill('Morgan T. Examiner, MD');
  await page.getByLabel('Credentials').fill('MD, board certified in physical medicine and rehabilitation');
  await page.getByLabel('Specialty').fill('Physical medicine and rehabilitation');
  await page.getByLabel('Medical license number').fill('NV-000111');
  await expect
    .poll(() => page.getByTestId('save-status').allTextContents(), { timeout: 8000 })
    .toContainEqual(expect.stringContaining('Saved'));
  await page.getByRole('button', { name: 'All cases' }).click();
}

/** Types a sentence into every empty rich-text section of the step on screen, as a person writes each one. */
async function writeEverySection(page: Page, sentence: string) {
  const editors = page.getByRole('main').locator('[role="textbox"][aria-multiline="true"]');
  const count = await editors.count();
  for (let i = 0; i < count; i++) {
    const editor = editors.nth(i);
    if (((await editor.textContent()) ?? '').trim() !== '') continue;
    await editor.click();
    await page.keyboard.type(`${sentence} (${i + 1})`);
  }
}

async function addParty(page: Page, n: number, role: string, name: string, address = '') {
  await page.getByRole('button', { name: 'Add party', ...exact }).click();
  await page.getByLabel(`Role of party ${n}`, exact).selectOption({ label: role });
  await page.getByRole('textbox', { name: `Name of party ${n}`, ...exact }).fill(name);
  if (address) await page.getByRole('textbox', { name: `Address of party ${n}`, ...exact }).fill(address);
}

async function addInjury(page: Page, date: string, bodyPart: string) {
  await page.getByRole('button', { name: 'Add injury', ...exact }).click();
  await page.getByLabel('Date of injury 1', exact).fill(date);
  await page.getByRole('button', { name: 'Add body part to injury 1', ...exact }).click();
  await page.getByRole('combobox', { name: 'Body part 1 of injury 1', exact: true }).fill(bodyPart);
}

/** One sender batch with a three-page PDF and one chronology entry typed by hand. */
async function reviewRecords(app: AppSession, sender: string) {
  const { page } = app;
  await openStep(page, /^Records reviewed/);
  await page.getByRole('button', { name: 'Import records…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import records' });
  await dialog.getByRole('textbox', { name: /^Sender/ }).fill(sender);
  await dialog.getByLabel('Date received').fill('2026-08-20');
  await dialog.getByLabel('Pages declared by the sender', exact).fill('3');
  await dialog.getByText("Sender's declaration received").click();
  app.nextOpenFiles = [recordsPdf];
  await dialog.getByRole('button', { name: 'Choose PDF files…' }).click();
  await page.getByRole('status', { name: 'Imported 1 of 1 file (3 pages).' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Add entry', ...exact }).click();
  const form = page.getByRole('region', { name: 'New chronology entry' });
  await form.getByLabel('Source file', exact).selectOption({ label: 'referral-records.pdf (3 pages)' });
  await form.getByLabel('First page', exact).fill('1');
  await form.getByLabel('Last page', exact).fill('3');
  await form.getByLabel('Date of service', exact).fill('2026-03-10');
  await form.getByLabel('Author or provider', exact).fill('Dana Treater, MD');
  await form.getByLabel('Record type', exact).fill('Office visit');
  await form.getByRole('textbox', { name: 'Summary of the record', exact: true }).click();
  await page.keyboard.type('Neck pain after the incident; physical therapy ordered.');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect.poll(() => form.count()).toBe(0);
}

async function addDiagnosis(page: Page) {
  await openStep(page, /^Diagnoses/);
  await page.getByRole('button', { name: 'Add diagnosis', ...exact }).click();
  await page.getByRole('combobox', { name: 'Body part of diagnosis 1', exact: true }).fill('Cervical spine');
  await page.getByRole('textbox', { name: 'ICD-10 code of diagnosis 1', exact: true }).fill('S13.4XXD');
  await page
    .getByRole('textbox', { name: 'Description of diagnosis 1', exact: true })
    .fill('Sprain of ligaments of cervical spine');
}

async function askAndAnswer(page: Page, from: RegExp, question: string, answer: string) {
  await openStep(page, /Questions from the parties/);
  await page.getByRole('button', { name: 'Add question from…' }).click();
  await page.getByRole('menuitem', { name: from }).click();
  await page.getByRole('textbox', { name: /^Question 1 from/ }).fill(question);
  await page.getByRole('textbox', { name: /^Answer to question 1 from/ }).click();
  await page.keyboard.type(answer);
}

/** A new case from the case list, with the physician's profile in place. */
async function startCase(page: Page, c: NewCase) {
  await backToCaseList(page);
  await setUpProfile(page);
  await createCase(page, c);
}

/** The records, the history and the examination written, a diagnosis coded, and the discussion step open. */
async function historyToDiscussion(app: AppSession, sender: string) {
  const { page } = app;
  await reviewRecords(app, sender);
  for (const step of [/^Interview/, /^Examination/]) {
    await openStep(page, step);
    await writeEverySection(page, 'Entered after the interview and examination.');
  }
  await addDiagnosis(page);
  await openStep(page, /^Discussion/);
}

/** The review: nothing missing and nothing that belongs to California; then signed where the physician signs. */
async function reviewAndSign(app: AppSession, place: { county: string; state: string }) {
  const { page } = app;
  await waitForSaves(page);
  await openStep(page, /Review and sign/);
  const main = page.getByRole('main');
  await expect.poll(() => main.textContent()).not.toMatch(CALIFORNIA_TERMS);
  const panel = page.getByRole('region', { name: 'Sign and export' });
  await panel.getByLabel(/^(County|Place) where you sign/).fill(place.county);
  await panel.getByLabel('Date of signing').fill('2026-10-02');
  const before = exportedFiles(app).length;
  await panel.getByRole('button', { name: 'Sign and export' }).click();
  // Open warnings (none of them California's) are accepted explicitly; nothing blocking may remain.
  const warned = page.getByRole('alertdialog', { name: 'Sign with open warnings?' });
  const notSigned = page.getByRole('alert', { name: 'Not signed yet' });
  await expect
    // Signing assembles, checks and renders the whole report: on a loaded two-core machine that can take a while.
    .poll(async () => exportedFiles(app).length - before + (await warned.count()) + (await notSigned.count()), {
      timeout: 90_000,
    })
    .toBeGreaterThan(0);
  // Nothing may be missing: if the app says what is, the failure names it.
  expect(await notSigned.count(), (await notSigned.allTextContents()).join(' ')).toBe(0);
  if (await warned.count()) {
    expect(await warned.textContent()).not.toMatch(CALIFORNIA_TERMS);
    await warned.getByRole('button', { name: 'Sign anyway' }).click();
  }
  await expect.poll(() => exportedFiles(app).length, { timeout: 90_000 }).toBe(before + 1);
  const file = exportedFiles(app).at(-1)!;
  // KEEP_EXPORTS=dir keeps each signed report for a look at its LibreOffice rendering.
  if (process.env.KEEP_EXPORTS) fs.copyFileSync(file, path.join(process.env.KEEP_EXPORTS, path.basename(file)));
  const text = await docxText(file);
  expect(text.match(/\[[^\]]{2,60}\]/g) ?? []).toEqual([]);
  expect(text).not.toMatch(CALIFORNIA_TERMS);
  return text;
}

describe('IMEs outside California', () => {
  const session = appForThisFile();

  it('a personal-injury IME: plaintiff, defendant, carrier and date of loss, signed', { timeout: 300_000 }, async () => {
    const app = session();
    const { page } = app;
    await startCase(page, {
      name: 'Robin K. Motorist',
      dateOfBirth: '1984-05-06',
      template: 'ime-personal-injury@1',
      claimNumber: 'AUTO-2026-0415',
      employer: 'Pat Q. Driver',
      claimsAdministrator: 'Fictional Mutual Auto Insurance',
      examDate: '2026-09-30',
    });
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toMatch(/Add the date of loss/);
    expect(await main.textContent()).not.toMatch(CALIFORNIA_TERMS);

    await addInjury(page, '2026-01-15', 'Cervical spine');
    await expect.poll(() => main.getByText('Date of loss', exact).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Court case number of injury 1', ...exact }).fill('A-26-900123-C');
    await addParty(page, 1, 'Plaintiff’s attorney', 'Jamie Counsel, Esq.', '10 Example Ave\nLas Vegas, NV 89101');
    await addParty(page, 2, 'Referral source', 'Defense Example LLP', '20 Sample St\nLas Vegas, NV 89102');
    await page.getByLabel('Jurisdiction').fill('Nevada');
    await page.getByLabel('Street address where the examination was performed').fill('30 Clinic Way, Las Vegas, NV 89103');
    await writeEverySection(page, 'The defense asked for an examination of the neck after the collision.');

    await historyToDiscussion(app, 'Defense Example LLP');
    await page
      .getByRole('radiogroup', { name: /pre-existing condition/ })
      .getByText('No')
      .click();
    await writeEverySection(page, 'Within reasonable medical probability, the collision caused a cervical sprain.');
    await askAndAnswer(
      page,
      /Defense Example/,
      'Was the treatment reasonable?',
      'Yes; six weeks of therapy is usual for a sprain.',
    );

    const text = await reviewAndSign(app, { county: 'Clark', state: 'Nevada' });
    for (const words of [
      'Plaintiff',
      'Defendant',
      'Insurance carrier',
      'Date of loss',
      'A-26-900123-C',
      'Plaintiff’s attorney',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('No condition of a body part now claimed was present before the incident.');
  });

  it(
    "a Texas workers' comp IME: state claim number, adjuster, treating doctor, the 4th edition",
    { timeout: 300_000 },
    async () => {
      const app = session();
      const { page } = app;
      await startCase(page, {
        name: 'Jordan A. Roughneck',
        dateOfBirth: '1979-02-03',
        template: 'ime-workers-comp@1',
        claimNumber: 'TX-WC-55-0099',
        employer: 'Fictional Drilling Co.',
        claimsAdministrator: 'Lone Star Example Insurance',
        examDate: '2026-09-28',
      });
      const main = page.getByRole('main');
      await page.getByLabel('Jurisdiction').fill('Texas');
      await page.getByLabel('AMA Guides edition').selectOption('AMA Guides, Fourth Edition');
      await page.getByLabel('Occupation or job title').fill('Derrick hand');
      await page.getByLabel('Street address where the examination was performed').fill('5 Example Plaza, Houston, TX 77002');
      await page
        .getByRole('radiogroup', { name: /impairment rating/ })
        .getByText('Yes')
        .click();
      await addParty(page, 1, 'Adjuster', 'Casey Adjuster', 'PO Box 1\nAustin, TX 78701');
      await addParty(page, 2, 'Treating physician', 'Dana Treater, MD', '9 Clinic Rd\nHouston, TX 77003');
      await addParty(page, 3, 'Referral source', 'Lone Star Example Insurance', 'PO Box 2\nAustin, TX 78702');
      await addInjury(page, '2026-02-10', 'Lumbar spine');
      await page.getByRole('textbox', { name: 'State case or claim number of injury 1', ...exact }).fill('26-12345-TX');
      expect(await main.textContent()).not.toMatch(CALIFORNIA_TERMS);
      await writeEverySection(page, 'The carrier asked about the back injury on the rig.');

      await historyToDiscussion(app, 'Lone Star Example Insurance');
      // The 4th edition: the Fifth Edition's conversion tools step aside; the rating is entered with its own citation.
      await expect.poll(() => main.getByText(/rated by the AMA Guides, Fourth Edition/).count()).toBe(1);
      await page.getByRole('combobox', { name: 'Body part to rate, injury 1', exact: true }).selectOption('Lumbar spine');
      await page.getByRole('button', { name: 'Add impairment to injury 1', exact: true }).click();
      const name = 'Lumbar spine, injury 1';
      await page.getByRole('textbox', { name: `Method for ${name}`, exact: true }).fill('DRE Lumbosacral Category II');
      await page.getByRole('textbox', { name: `Guides table or figure for ${name}`, exact: true }).fill('Table 72, p. 110 (4th)');
      await page.getByRole('spinbutton', { name: `WPI of ${name}`, exact: true }).fill('5');
      expect(await page.getByRole('spinbutton', { name: `Regional value of ${name}` }).count()).toBe(0);
      await writeEverySection(
        page,
        'The lifting injury caused the rated lumbar condition, within reasonable medical probability.',
      );
      await askAndAnswer(page, /Lone Star/, 'What is the impairment rating?', 'Five percent whole person, DRE Category II.');

      const text = await reviewAndSign(app, { county: 'Harris', state: 'Texas' });
      for (const words of [
        'Employee',
        'State case or claim number',
        '26-12345-TX',
        'Casey Adjuster',
        'Dana Treater, MD',
        'Derrick hand',
      ]) {
        expect(text).toContain(words);
      }
      expect(text).toContain('AMA Guides, Fourth Edition');
      expect(text).toContain('Table 72, p. 110 (4th)');
      expect(text).not.toMatch(/5th|Fifth Edition/);
    },
  );

  it(
    'a disability (LTD) IME: claimant, plan, date disability began and the policy details, signed',
    { timeout: 300_000 },
    async () => {
      const app = session();
      const { page } = app;
      await startCase(page, {
        name: 'Casey M. Claimant',
        dateOfBirth: '1975-07-08',
        template: 'ime-disability-insurance@1',
        claimNumber: 'LTD-2026-3141',
        employer: 'Example Payroll Services',
        claimsAdministrator: 'Imaginary Disability Mutual',
        examDate: '2026-09-25',
      });
      const main = page.getByRole('main');
      await page.getByLabel('Occupation or job title').fill('Payroll accountant');
      await page.getByLabel('Street address where the examination was performed').fill('7 Sample Court, Portland, OR 97201');
      await addInjury(page, '2026-03-01', 'Cervical spine');
      await expect.poll(() => main.getByText('Date disability began', exact).count()).toBe(1);
      expect(await main.getByText(/case number/i).count()).toBe(0);
      await addParty(page, 1, 'Referral source', 'Imaginary Disability Mutual', 'PO Box 3\nPortland, OR 97204');
      await page.getByLabel('Coverage').selectOption('ltd');
      await page.getByLabel('Definition applied at this point of the claim').selectOption('own-occupation');
      await page
        .getByLabel("The policy's definition of disability, word for word")
        .fill('Unable to perform the material duties of your own occupation.');
      await page
        .getByLabel('Occupation and its material duties, as given by the insurer')
        .fill('Payroll accountant: keyboard six hours a day.');
      await page.getByLabel('Policy or plan number').fill('GLTD-31-4159');
      await page.getByLabel('Last day worked').fill('2026-02-27');
      await page.getByLabel('Elimination period').fill('90 days');
      expect(await main.textContent()).not.toMatch(CALIFORNIA_TERMS);

      await historyToDiscussion(app, 'Imaginary Disability Mutual');
      const capacities = page.getByRole('combobox', { name: /– How often in a workday$/ });
      const rows = await capacities.count();
      for (let i = 0; i < rows; i++) await capacities.nth(i).selectOption({ label: 'Not restricted' });
      await page.getByLabel('Sit – How often in a workday', exact).selectOption({ label: 'Frequently (1/3 to 2/3)' });
      await page.getByLabel('Sit – Expected duration', exact).selectOption({ label: 'Temporary' });
      await writeEverySection(page, 'She can sit with position changes; the restriction is temporary.');
      await askAndAnswer(page, /Imaginary Disability/, 'Can she do her own occupation?', 'Yes, with position changes.');

      const text = await reviewAndSign(app, { county: 'Multnomah', state: 'Oregon' });
      for (const words of ['Claimant', 'Insurer or plan administrator', 'Claim or policy number', 'Date disability began']) {
        expect(text).toContain(words);
      }
      expect(text).toContain('policy or plan GLTD-31-4159, which has an elimination period of 90 days');
      expect(text).toMatch(/Attestation\s+I personally examined Casey M\. Claimant/);
    },
  );
});
