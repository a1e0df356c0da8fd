// Opening a case from the list by keyboard as the app starts: the workspace's code is a chunk of its own (fetched once the
// list is on screen, or on the open itself), its first step shows with what it loads beside the case, and Enter on "All
// cases" brings the list back; Settings, a chunk too, opens from the list by keyboard.
import { describe, expect, it } from 'vitest';
import { appForThisFile } from './app-steps';

describe('opening a case', () => {
  const app = appForThisFile();

  it('opens by keyboard at start, shows its first step, and goes back; Settings opens too', { timeout: 90_000 }, async () => {
    const { page } = app();
    await app().backend().services.cases.create({
      examineeName: 'Nadia Keyes',
      dateOfBirth: '1980-04-04',
      claimNumber: 'KB-1',
      employer: 'Harbor Freight Lines',
      claimsAdministrator: 'Harbor Claims',
      reportKind: 'QME',
      examDate: '2026-11-02',
    });
    await page.reload();

    // At once, before the app has been idle: the open itself fetches the workspace's code.
    await page.getByRole('row', { name: 'Open case of Nadia Keyes' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    const caption = page.getByLabel('Case caption');
    await expect.poll(() => caption.textContent()).toContain('Nadia Keyes');
    await expect.poll(() => caption.textContent()).toContain('Claim KB-1');
    // What the step loads beside the case: the deadlines (the discussion's summary), the case's fields, the word count.
    const deadlines = page.getByRole('region', { name: 'Deadlines' }).first();
    await expect.poll(() => deadlines.textContent(), { timeout: 10_000 }).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await expect.poll(() => page.getByLabel('Employer').first().inputValue()).toBe('Harbor Freight Lines');
    await expect.poll(() => page.getByLabel('Report word count').textContent()).toMatch(/^Report: [\d,]+ words?$/);

    await page.getByRole('button', { name: 'All cases' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: 'Open case of Nadia Keyes' }).waitFor();

    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Name as signed').waitFor();
    await page.getByRole('button', { name: 'All cases' }).focus();
    await page.keyboard.press('Enter');
    // Opened again, now from the code fetched before: the same first step.
    await page.getByRole('row', { name: 'Open case of Nadia Keyes' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
  });
});
