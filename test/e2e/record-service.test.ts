// Recording the service of a signed report from the case list with the keyboard: the overdue deadline shows whole (not
// cut off) until then, and "Served <date>" with no overdue text after; removing the record asks first and can be undone.
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../electron/common/calc/calendar-math';
import { formatUsDate, todayIso } from '../../electron/common/util/iso-date';
import { putSignedFixtureCase } from '../integration/service/signed-case';
import { appForThisFile } from './app-steps';

const EXAMINEE = 'Maria Q. Sample';

describe('recording service from the case list', () => {
  const session = appForThisFile();

  it('records service with the keyboard and shows the case served instead of overdue', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    // A signed case whose report was due 32 days ago: the QME report is due 30 days after the exam.
    const today = todayIso();
    const backend = app.backend();
    const caseId = await putSignedFixtureCase(backend, today);
    const { examineeName, dateOfBirth, claimNumber, employer, claimsAdministrator, reportKind } =
      backend.services.cases.get(caseId);
    const examDate = addCalendarDays(today, -62);
    backend.services.cases.update(caseId, {
      examineeName,
      dateOfBirth,
      claimNumber,
      employer,
      claimsAdministrator,
      reportKind,
      examDate,
    });
    await page.reload();

    const row = page.getByRole('row', { name: `Open case of ${EXAMINEE}` });
    const due = row.getByRole('cell').nth(4);
    const overdue = due.getByText('32 days overdue');
    await overdue.waitFor();
    // The whole badge lies inside its cell, its text not cut off.
    const [badgeBox, cellBox] = [await overdue.boundingBox(), await due.boundingBox()];
    expect(badgeBox!.x + badgeBox!.width).toBeLessThanOrEqual(cellBox!.x + cellBox!.width);
    expect(await overdue.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await row.getByRole('cell').nth(5).textContent()).toBe('Signed');

    // From the search box, Tab to the row's "Record service" and open it with Enter.
    await page.getByLabel('Search cases').focus();
    // What a screen reader would announce for the focused control: its aria-label, its <label>, or its text.
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const label = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.labels?.[0]?.textContent : null;
        return el?.getAttribute('aria-label') || label || el?.textContent || '';
      });
    for (let i = 0; i < 10 && (await focusedName()) !== `Record service of ${EXAMINEE}`; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(`Record service of ${EXAMINEE}`);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Record service' });
    const date = dialog.getByLabel('Date served');
    await expect.poll(() => date.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await date.inputValue()).toBe(today);
    // The parties the report goes to are ticked; the employer is not.
    const ticked = (name: RegExp) => dialog.getByRole('checkbox', { name }).isChecked();
    expect(await ticked(/Dana Adjuster/)).toBe(true);
    expect(await ticked(/Casey Counsel/)).toBe(true);
    expect(await ticked(/Harbor View Distribution/)).toBe(false);

    // Method: personal delivery (one down from Mail); untick the defense attorney; then the Record service button.
    // Tab leaves the date field at once (its month, day and year are no longer Tab stops).
    for (let i = 0; i < 5 && (await focusedName()) !== 'Method'; i++) await page.keyboard.press('Tab');
    expect(await dialog.getByLabel('Method').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByLabel('Method').inputValue()).toBe('personal');
    for (let i = 0; i < 10 && !(await focusedName()).includes('Casey Counsel'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await ticked(/Casey Counsel/)).toBe(false);
    for (let i = 0; i < 10 && (await focusedName()) !== 'Record service'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => due.textContent()).toBe(`Served ${formatUsDate(today)}`);
    expect(await row.textContent()).not.toContain('overdue');
    expect(await row.getByRole('cell').nth(5).textContent()).toBe('Served');
    const served = `Served on ${formatUsDate(today)} by personal delivery to Dana Adjuster; Jordan Advocate, Esq.; ${EXAMINEE}.`;
    await page.getByText(`${served} The case is marked served.`).first().waitFor();
    const stored = backend.db.prepare('SELECT method, parties_json FROM report_service WHERE case_id = ?').get(caseId) as {
      method: string;
      parties_json: string;
    };
    expect(stored.method).toBe('personal');
    expect((JSON.parse(stored.parties_json) as { name: string }[]).map((p) => p.name)).toEqual([
      'Dana Adjuster',
      'Jordan Advocate, Esq.',
      EXAMINEE,
    ]);

    // Removing the record asks first; the deadline comes back, and Undo serves it again.
    await row.getByRole('button', { name: `Edit service of ${EXAMINEE}` }).click();
    await page
      .getByRole('dialog', { name: 'Correct the service record' })
      .getByRole('button', { name: 'Remove service record…' })
      .click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove the service record?' });
    await confirm.getByRole('button', { name: 'Remove service record' }).click();
    await overdue.waitFor();
    expect(await row.getByRole('cell').nth(5).textContent()).toBe('Signed');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => due.textContent()).toBe(`Served ${formatUsDate(today)}`);
  });
});
