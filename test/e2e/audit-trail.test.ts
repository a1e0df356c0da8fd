// The audit trail as a physician (and opposing counsel) sees it: a case is made and edited, Settings → Audit trail keeps
// the retention period and "Verify audit trail" says it is intact, and the case menu saves the case's trail as CSV, chosen
// with the keyboard; the file read back holds the events and its chain checks outside the app.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAuditCsv } from '../../electron/backend/audit/audit-csv';
import { appForThisFile, createCase, enterSignerProfile } from './app-steps';

describe('audit trail', () => {
  const session = appForThisFile();

  it('verifies in Settings and exports a case’s trail from the case menu', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    await enterSignerProfile(page);
    await createCase(page, { name: 'Avery Audit', claimNumber: 'AUD-7' });
    await page.getByRole('button', { name: 'All cases' }).click();

    await page.getByRole('button', { name: 'Settings' }).click();
    const audit = page.getByRole('region', { name: 'Audit trail' });
    const years = audit.getByRole('spinbutton', { name: 'Audit trail retention in years' });
    await expect.poll(() => years.inputValue()).toBe('7');
    await years.fill('10');
    await years.press('Tab');
    await expect
      .poll(() => app.backend().db.prepare("SELECT value_json FROM settings WHERE key = 'audit-retention-years'").pluck().get())
      .toBe('10');
    await audit.getByRole('button', { name: 'Verify audit trail' }).click();
    await expect.poll(() => audit.getByText('Audit trail intact').count(), { timeout: 30_000 }).toBe(1);
    expect(await audit.textContent()).toMatch(/\d+ events? checked in 1 trail; none was changed/);

    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('button', { name: 'More actions for Avery Audit' }).focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: 'Export audit trail…' });
    await item.waitFor();
    const focused = () => item.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 8 && !(await focused()); i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(true);
    await page.keyboard.press('Enter');
    await page
      .getByText(/Audit trail saved: \d+ events/)
      .first()
      .waitFor({ timeout: 30_000 });

    const saved = fs.readdirSync(app.exportDir).filter((f) => f.endsWith('.csv'));
    expect(saved).toHaveLength(1);
    const csv = fs.readFileSync(path.join(app.exportDir, saved[0]!), 'utf8');
    expect(csv).toContain(',case.created,');
    expect(csv).toContain('Jordan P. Signer, MD');
    expect(csv).not.toContain('Avery Audit');
    expect(checkAuditCsv(csv)).toMatchObject({ ok: true });
  });
});
