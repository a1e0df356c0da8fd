// "Preview the report" on the Review and sign step: the report as signing would write it, drawn page by page, with the
// values still in [brackets] marked and the compliance check beside it; a problem clicked there closes the preview and
// opens its place. Driven with the keyboard where a physician would use it.
import { describe, expect, it } from 'vitest';
import { appForThisFile, createCase, openStep } from './app-steps';

describe('report preview', () => {
  const session = appForThisFile();

  it('draws the report with its open placeholders marked, and jumps to a problem', { timeout: 180_000 }, async () => {
    const { page } = session();
    await createCase(page, {
      name: 'Quinn V. Lookahead',
      claimNumber: 'LOOK-2026-5',
      employer: 'Fictional Cannery',
      claimsAdministrator: 'Example Risk Services',
      examDate: '2026-11-04',
    });
    await openStep(page, /^Review and sign/);

    const open = page.getByRole('button', { name: 'Preview the report' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Report preview' });
    const pages = dialog.getByRole('document', { name: 'Pages of the report' });
    await expect.poll(() => pages.textContent(), { timeout: 60_000 }).toContain('Quinn V. Lookahead');
    expect(await pages.textContent()).toContain('LOOK-2026-5');
    expect(await pages.textContent()).not.toMatch(/\bDRAFT\b/);
    // Pages as sheets, more than one for a report: numbered, and from page 2 under the running header with the name.
    const sheets = pages.locator('section.docx');
    const count = await sheets.count();
    expect(count).toBeGreaterThan(1);
    expect(await sheets.nth(0).locator('footer').textContent()).toContain(`Page 1 of ${count}`);
    expect(await sheets.nth(1).locator('footer').textContent()).toContain(`Page 2 of ${count}`);
    expect(await sheets.nth(1).locator('header').textContent()).toContain('Quinn V. Lookahead');
    expect(await sheets.nth(0).locator('header').textContent()).not.toContain('Quinn V. Lookahead');
    // What a new case has not entered yet is marked where it prints, and named beside the pages.
    expect(await pages.locator('mark').count()).toBeGreaterThan(0);
    const marks = await pages.locator('mark').allTextContents();
    for (const m of marks) expect(m).toMatch(/^\[.+\]$/);
    await expect.poll(() => dialog.getByRole('status', { name: 'Still printed in brackets' }).count()).toBe(1);

    // The compliance check stands beside the pages; a problem there closes the preview and opens its step.
    const beside = dialog.getByRole('complementary', { name: 'Before signing' });
    const item = beside.getByRole('region', { name: 'Compliance check' }).getByRole('button', { name: 'Caption complete' });
    await item.first().waitFor();
    await item.first().click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('tab', { name: /^Case and parties/ }).getAttribute('aria-selected')).toBe('true');

    // Escape closes it again and leaves the physician on the button.
    await openStep(page, /^Review and sign/);
    await open.click();
    await expect.poll(() => pages.textContent(), { timeout: 60_000 }).toContain('Quinn V. Lookahead');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Preview the report');

    // The preview's compliance list is a second view: once it closes, "Sign and export" still links each missing item.
    const panel = page.getByRole('region', { name: 'Sign and export' });
    await panel.getByLabel('County where you sign').fill('Kern');
    await panel.getByRole('button', { name: 'Sign and export' }).click();
    const missing = panel.getByRole('alert', { name: 'Not signed yet' });
    await missing.getByRole('button', { name: 'Date the exam was completed and its street address' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /^Case and parties/ }).getAttribute('aria-selected')).toBe('true');
  });
});
