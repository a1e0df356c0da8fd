// Signing through the UI: the physician profile in settings, "Sign and export" on the review step, the declaration
// stamped with the signing date and county, the export history row, and a new version when the signed case is changed.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportedFiles } from './harness';
import { appForThisFile, enterSignerProfile } from './app-steps';
import { docxText, readDocxPart } from '../helpers/docx';

describe('sign and export', () => {
  const session = appForThisFile();

  it('signs the report, records it, and asks before changing the signed version', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    await enterSignerProfile(page);

    await page.getByRole('region', { name: 'No cases yet' }).getByRole('button', { name: 'Open sample case' }).click();
    // The sample's imported records give the page verification its total, on screen as in the report.
    await page.getByRole('tab', { name: /Records reviewed/ }).click();
    await expect.poll(() => page.getByLabel('Fixed text of Verification of pages reviewed').textContent()).toContain('286');

    await page.getByRole('tab', { name: /Review and sign/ }).click();
    const panel = page.getByRole('region', { name: 'Sign and export' });
    await panel.getByLabel('County where you sign').fill('San Diego');
    await panel.getByLabel('Date of signing').fill('2026-11-20');
    await panel.getByRole('button', { name: 'Sign and export' }).click();
    // The sample's due date is fixed, so on a later day the check warns that the report is due soon or overdue: the
    // physician accepts it (sign-gate.test.ts tests that confirmation itself).
    const warned = page.getByRole('alertdialog', { name: 'Sign with open warnings?' });
    await expect.poll(async () => exportedFiles(app).length + (await warned.count()), { timeout: 30_000 }).toBeGreaterThan(0);
    if (await warned.count()) await warned.getByRole('button', { name: 'Sign anyway' }).click();

    await expect.poll(() => exportedFiles(app).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('signed on 11/20/2026 in San Diego County');
    const file = exportedFiles(app)[0]!;
    const text = await docxText(file);
    expect(text).toContain('Executed on 11/20/2026, in San Diego County, California.');
    expect(text).toContain('Jordan P. Signer, MD');
    expect(text).not.toMatch(/DRAFT/);
    expect(readDocxPart(file, 'docProps/core.xml')).toContain('Jordan P. Signer, MD');

    // The export history shows the signed export with the file's fingerprint.
    const history = page.getByRole('table', { name: 'Exports' });
    await expect.poll(() => history.getByRole('row').count()).toBe(2);
    const sha = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(await history.textContent()).toContain('Signed');
    expect(await history.textContent()).toContain(sha.slice(0, 16));

    // The case list shows it signed; changing it asks for a new version first.
    await page.getByRole('tab', { name: /Interview/ }).click();
    await page.getByRole('textbox', { name: 'History of the injury', exact: true }).click();
    const ask = page.getByRole('alertdialog', { name: 'Create a new version?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Create new version' }).click();
    await expect.poll(() => page.getByText('Version 2 created').count()).toBeGreaterThan(0);
    await page.getByRole('textbox', { name: 'History of the injury', exact: true }).click();
    await page.keyboard.type(' Addendum.');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
  });
});
