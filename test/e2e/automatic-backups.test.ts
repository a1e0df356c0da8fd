// Settings → Backups → Automatic backups as a physician sets them up with the keyboard: a folder on an "external drive",
// weekly, keep 3; the backend runs one and the page shows it; the drive unplugged is said plainly, and plugging it back
// in lets the next check back up. The backend's timer and clock come in through BackendOptions (no waiting an hour).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckTimer } from '../../electron/backend/backup/automatic-backups';
import { closeBrowser, launchApp, type AppSession } from './harness';

const DAY = 24 * 60 * 60 * 1000;
const clock = { now: new Date(2026, 11, 7, 9, 30, 0) };
// The backend checks every half second instead of hourly.
const fastChecks: CheckTimer = (check) => {
  const timer = setInterval(check, 500);
  return () => clearInterval(timer);
};

let app: AppSession;
let drive: string;
beforeAll(async () => {
  drive = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-drive-'));
  app = await launchApp({ now: () => clock.now, automaticBackupTimer: fastChecks });
});
afterAll(async () => {
  await app?.close();
  await closeBrowser();
  fs.rmSync(drive, { recursive: true, force: true });
});

async function openAutomaticBackups(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  return page.getByRole('group', { name: 'Automatic backups' });
}

const backupFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);

describe('automatic backups', () => {
  it('sets a folder, weekly, keep 3 with the keyboard, and shows the backup the app made', { timeout: 180_000 }, async () => {
    const { page } = app;
    const folder = path.join(drive, 'MedLegal backups');
    fs.mkdirSync(folder);
    const automatic = await openAutomaticBackups(page);
    await expect
      .poll(() => automatic.getByLabel('Automatic backup folder').textContent())
      .toBe('No folder chosen yet: automatic backups are off.');
    expect(await automatic.getByRole('combobox', { name: 'How often' }).isDisabled()).toBe(true);

    app.nextFolder = folder;
    await automatic.getByRole('button', { name: 'Choose folder…' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => automatic.getByLabel('Automatic backup folder').textContent()).toBe(`Folder: ${folder}`);
    const often = automatic.getByRole('combobox', { name: 'How often' });
    await expect.poll(() => often.inputValue()).toBe('daily');

    // Weekly with the arrow key, then Tab to the number to keep and type 3.
    await often.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => often.inputValue()).toBe('weekly');
    await page.keyboard.press('Tab');
    const keep = automatic.getByRole('spinbutton', { name: 'Backups to keep' });
    await expect.poll(() => keep.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');

    // The backend's next check finds a backup due and writes it; the page shows it without leaving Settings.
    const last = automatic.getByLabel('Last automatic backup');
    await expect.poll(() => last.textContent(), { timeout: 60_000 }).toMatch(/^Last automatic backup: Dec 7, 2026/);
    expect(await last.textContent()).toContain('MedLegal Writer backup 2026-12-07 093000.zip');
    expect(backupFiles(folder)).toEqual(['MedLegal Writer backup 2026-12-07 093000.zip']);
    expect((await app.backend().registry.invoke('backup:status', {})) as unknown).toMatchObject({
      ok: true,
      data: { automatic: { folder, frequency: 'weekly', keep: 3, lastAttempt: { ok: true } } },
    });

    // A week later the drive is unplugged: the page says so plainly; nothing is created in its place.
    fs.rmSync(folder, { recursive: true });
    clock.now = new Date(clock.now.getTime() + 7 * DAY);
    const problem = automatic.getByRole('status', { name: 'Automatic backup problem' });
    await expect
      .poll(() => problem.textContent(), { timeout: 30_000 })
      .toContain(`The backup folder ${folder} is not available (is the drive plugged in?). Nothing was backed up.`);
    expect(fs.existsSync(folder)).toBe(false);

    // Plugged in again: the next check backs up and the warning goes.
    fs.mkdirSync(folder);
    await expect.poll(() => last.textContent(), { timeout: 60_000 }).toMatch(/^Last automatic backup: Dec 14, 2026/);
    await expect.poll(() => problem.count()).toBe(0);
    expect(backupFiles(folder)).toEqual(['MedLegal Writer backup 2026-12-14 093000.zip']);
  });
});
