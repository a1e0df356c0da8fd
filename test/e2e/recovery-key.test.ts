// Settings → Security as a physician uses it, by keyboard: make a recovery key, save it, and confirm it was kept; later
// the computer's keychain cannot give the key (a reinstall, a new computer) and the app opens on the unlock screen, where
// a mistyped key is refused with what to do and the key typed from the printout opens the cases as they were.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCase } from './app-steps';
import { closeBrowser, launchApp, type AppSession } from './harness';

describe('recovery key', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-recovery-'));
  let app: AppSession | null = null;
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is made and kept in Settings, and opens the data when the keychain cannot', { timeout: 180_000 }, async () => {
    app = await launchApp({ dataDir });
    let page = app.page;
    await createCase(page, { name: 'Ines Fictional Recovery', claimNumber: 'RCV-2041' });
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    const security = page.getByRole('region', { name: 'Security' });
    await expect.poll(() => security.getByLabel('Recovery key status').textContent()).toContain('No recovery key yet');

    await security.getByRole('button', { name: 'Make a recovery key…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Your recovery key' });
    await dialog.waitFor();
    const recoveryKey = (await dialog.getByLabel('Recovery key').textContent())!.trim();
    expect(recoveryKey).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$/);
    expect(await dialog.getByRole('button', { name: 'Done' }).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Save as text file…' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => fs.readdirSync(app!.exportDir).filter((f) => f.endsWith('.txt'))).toHaveLength(1);
    const [saved] = fs.readdirSync(app.exportDir).filter((f) => f.endsWith('.txt'));
    expect(fs.readFileSync(path.join(app.exportDir, saved!), 'utf8')).toContain(recoveryKey);

    await dialog.getByLabel('I have printed or saved it').focus();
    await page.keyboard.press('Space');
    await dialog.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => security.getByLabel('Recovery key status').textContent()).toMatch(/^Recovery key made /);
    expect(fs.readdirSync(dataDir).join('\n')).not.toContain(recoveryKey);
    await app.close();

    // The keychain lost the key: main opens the window locked.
    app = await launchApp({ dataDir, locked: true });
    page = app.page;
    await page.getByRole('heading', { name: 'Unlock your data' }).waitFor();
    const field = page.getByLabel('Recovery key or passphrase');
    await field.focus();
    await page.keyboard.type('AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA');
    await page.keyboard.press('Enter');
    await page.getByText('That is not the recovery key or the passphrase of this data folder').waitFor();
    // The whole screen fits the window: nothing to scroll sideways to.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await field.fill('');
    await page.keyboard.type(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'New case' }).first().waitFor();
    await page.getByText('Ines Fictional Recovery').first().waitFor();
    expect(page.url()).not.toContain('#unlock');
  });
});
