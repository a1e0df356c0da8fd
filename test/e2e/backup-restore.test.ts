// Settings → Backups as a physician uses it: "Back up now…" saves one file and shows when; a case made afterwards; then
// "Restore from backup…" shows what the file holds, asks before replacing anything, saves the current data beside the data
// folder, and after a restart the case list is the one the backup held.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appForThisFile, createCase } from './app-steps';

async function openSettings(page: Page) {
  const back = page.getByRole('button', { name: 'All cases' });
  if ((await back.count()) > 0) await back.click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  return page.getByRole('region', { name: 'Backups' });
}

describe('backup and restore', () => {
  const session = appForThisFile();
  afterAll(() => {
    // The automatic backup goes beside the data folder, outside what the session removes.
    fs.rmSync(`${session().dataDir} backups`, { recursive: true, force: true });
  });

  it('backs up, restores after a confirmation, and finishes at the next start', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    await createCase(page, { name: 'Pat B. Backup', claimNumber: 'BKP-1' });

    let backups = await openSettings(page);
    await expect.poll(() => backups.getByLabel('Last backup').textContent()).toBe('No backup made in this app yet.');
    await backups.getByRole('button', { name: 'Back up now…' }).click();
    await expect.poll(() => backups.getByLabel('Last backup').textContent(), { timeout: 30_000 }).toMatch(/^Last backup: /);
    const saved = fs.readdirSync(app.exportDir).filter((f) => f.endsWith('.zip'));
    expect(saved).toHaveLength(1);
    expect(await backups.getByLabel('Last backup').textContent()).toContain(saved[0]!.replace(/^\d+-/, ''));

    // Work done after the backup, which the restore replaces.
    await page.getByRole('button', { name: 'All cases' }).click();
    await createCase(page, { name: 'Quinn After Backup', claimNumber: 'AFT-2' });
    backups = await openSettings(page);

    // A file that is not a backup is refused with what to do, and nothing is asked.
    const notABackup = path.join(app.exportDir, 'notes.zip');
    fs.writeFileSync(notABackup, 'not a zip at all');
    app.nextOpenFile = notABackup;
    await backups.getByRole('button', { name: 'Restore from backup…' }).click();
    await expect
      .poll(() => backups.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain('not a MedLegal Writer backup. Choose a file made with “Back up now…”');

    app.nextOpenFile = path.join(app.exportDir, saved[0]!);
    await backups.getByRole('button', { name: 'Restore from backup…' }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Replace all your data with this backup?' });
    await confirm.waitFor({ timeout: 30_000 });
    expect(await confirm.textContent()).toContain('with 1 case and 0 records files');
    await confirm.getByRole('button', { name: 'Replace my data' }).click();

    const pending = backups.getByRole('status').filter({ hasText: 'Restart MedLegal Writer to finish restoring' });
    await pending.waitFor({ timeout: 30_000 });
    expect(await pending.textContent()).toContain(`Your data as it was is saved in ${app.dataDir} backups`);
    expect(fs.readdirSync(`${app.dataDir} backups`)).toEqual([expect.stringMatching(/^Before restore .*\.zip$/)]);

    await app.restart();
    await page.getByRole('button', { name: 'New case' }).first().waitFor();
    await page.getByText('Pat B. Backup').first().waitFor();
    expect(await page.getByText('Quinn After Backup').count()).toBe(0);
    backups = await openSettings(page);
    await expect.poll(() => backups.getByLabel('Last backup').textContent()).toMatch(/^Last backup: /);
    expect(await backups.getByRole('status').filter({ hasText: 'Restart MedLegal Writer' }).count()).toBe(0);
  });
});
