// The first start: the case list offers the setup every signed report needs (profile with licence, county of signing,
// signature image; letterhead and starter phrases optional), ticks each item as it is done, and is gone once they are;
// "Not now" puts it off across a restart. Driven with the keyboard where a physician would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForThisFile } from './app-steps';

/** A 2×1 PNG standing in for a scanned signature. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAC0lEQVR4nGNgQAcAAAkAAZQ0UTEAAAAASUVORK5CYII=', 'base64');
let signature: string;
beforeAll(() => {
  signature = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-e2e-first-')), 'signature.png');
  fs.writeFileSync(signature, PNG);
});
afterAll(() => fs.rmSync(path.dirname(signature), { recursive: true, force: true }));

const setup = (page: Page) => page.getByRole('region', { name: 'Set up before your first report' });
const ticked = (page: Page) => setup(page).getByLabel('Done', { exact: true }).count();

describe('first start, set up', () => {
  const session = appForThisFile();

  it('ticks the profile, the county and the signature, then steps aside', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    await setup(page).waitFor();
    expect(await ticked(page)).toBe(0);

    const enter = setup(page).getByRole('button', { name: 'Enter your profile…' });
    await enter.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Your profile' });
    await dialog.getByLabel('Name as signed').fill('Casey N. Firstday, MD');
    await dialog.getByLabel('Medical license number').fill('A-000123');
    await dialog.getByLabel('County where you usually sign').fill('Sacramento');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => ticked(page)).toBe(2);

    // The starter phrases that ship with the app, one click away.
    await setup(page).getByRole('button', { name: 'Add starter phrases' }).click();
    await page
      .getByText(/^Added \d+ starter phrases\. They are examples/)
      .first()
      .waitFor();
    await expect.poll(() => ticked(page)).toBe(3);

    app.nextOpenFile = signature;
    await setup(page).getByRole('button', { name: 'Add signature image…' }).click();
    // Everything a signed report needs is in place: the setup steps aside; the case list stays as it was.
    await expect.poll(() => setup(page).count()).toBe(0);
    await page.getByRole('region', { name: 'No cases yet' }).waitFor();

    // Settings shows what the setup saved.
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByLabel('Name as signed').inputValue()).toBe('Casey N. Firstday, MD');
    await page.getByRole('img', { name: 'Your signature' }).waitFor();
  });
});

describe('first start, put off', () => {
  const session = appForThisFile();

  it('"Not now" hides the setup, also after a restart', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    await setup(page).getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => setup(page).count()).toBe(0);
    await app.restart();
    await page.getByRole('region', { name: 'No cases yet' }).waitFor();
    expect(await setup(page).count()).toBe(0);
  });
});
