// What many end-to-end tests do the same way: one app per test file, a signing physician's profile entered in Settings,
// creating a case through the New case dialog, opening a workflow step, and waiting until every autosave has written.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, type AppSession } from './harness';

/** A fresh app (own data folder) for the tests of this file: launched before them, closed with the browser after. */
export function appForThisFile(): () => AppSession {
  let app: AppSession | undefined;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });
  return () => {
    if (!app) throw new Error('the app is not running yet');
    return app;
  };
}

/** Enters the fictional signing physician's profile in Settings (a QME with a specialty, which the caption prints) and
 *  returns to the case list once it is saved. */
export async function enterSignerProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Name as signed').fill('Jordan P. Signer, MD');
  await page.getByLabel('Credentials').fill('MD, FAAPMR');
  await page.getByLabel('QME number').fill('QME-123456');
  await page.getByLabel('Specialty').fill('Physical medicine and rehabilitation');
  await expect
    .poll(() => page.getByTestId('save-status').allTextContents(), { timeout: 8000 })
    .toContainEqual(expect.stringContaining('Saved'));
  await page.getByRole('button', { name: 'All cases' }).click();
}

export interface NewCase {
  name: string;
  template?: string;
  dateOfBirth?: string;
  claimNumber?: string;
  employer?: string;
  claimsAdministrator?: string;
  examDate?: string;
}

/** Creates a case through the New case dialog, as a person would, and waits for its workspace. */
export async function createCase(page: Page, c: NewCase): Promise<void> {
  await page.getByRole('button', { name: 'New case' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  if (c.template) await dialog.getByLabel('Type of report').selectOption(c.template);
  // The labels follow the chosen template's words: "Examinee (plaintiff) name", "Defendant", "Insurance carrier" …
  await dialog.getByLabel(/^Examinee( \(\w+\))? name/).fill(c.name);
  if (c.dateOfBirth) await dialog.getByLabel('Date of birth').fill(c.dateOfBirth);
  if (c.claimNumber) await dialog.getByLabel(/^Claim (or policy )?number/).fill(c.claimNumber);
  if (c.employer) await dialog.getByLabel(/^(Employer|Defendant)/).fill(c.employer);
  if (c.claimsAdministrator)
    await dialog.getByLabel(/claims administrator|insurance carrier|plan administrator/i).fill(c.claimsAdministrator);
  if (c.examDate) await dialog.getByLabel('Date of examination').fill(c.examDate);
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
}

/** Opens a workflow step and waits, as a person does, until the step is shown and every section on it has opened
 *  (each section loads its saved text on its own; on a loaded machine the editors appear a moment after the tab). */
export async function openStep(page: Page, label: RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name: label });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => page.getByRole('main').getByText('Opening…', { exact: true }).count()).toBe(0);
}

/** Every "Saving…" indicator has turned to "Saved". */
export async function waitForSaves(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-status').allTextContents(), { timeout: 8000 })
    .not.toContainEqual(expect.stringContaining('Saving'));
}
