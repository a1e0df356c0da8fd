// The case list at a busy practice's scale: 1,000 cases with only the rows in view in the page, the most urgent first
// (the first rows arrive before the rest), search through the backend's index, arrow keys walking the rows past the drawn
// ones, and the one shared row menu.
import { describe, expect, it } from 'vitest';
import { appForThisFile } from './app-steps';

const CASES = 1000;

describe('case list at scale', () => {
  const app = appForThisFile();

  it(
    'draws only the rows in view, searches, walks rows by keyboard and opens the shared menu',
    { timeout: 120_000 },
    async () => {
      const { page } = app();
      const { cases } = app().backend().services;
      // One case examined long ago is overdue: it leads the list though it is neither first nor last created.
      const overdue = 777;
      for (let i = 0; i < CASES; i++) {
        await cases.create({
          examineeName: `Scale Person ${String(i).padStart(4, '0')}`,
          dateOfBirth: null,
          claimNumber: `SC-${i}`,
          employer: 'E',
          claimsAdministrator: 'CA',
          reportKind: 'QME',
          examDate: i === overdue ? '2024-01-15' : null,
        });
      }
      // Every list request the page makes from here on: the first rows are asked once, by the window's start script
      // while the app's code loads, and the page takes that answer instead of asking again.
      const registry = app().backend().registry;
      const invoke = registry.invoke.bind(registry);
      const listRequests: unknown[] = [];
      registry.invoke = (channel: string, payload: unknown) => {
        if (channel === 'cases:list') listRequests.push(payload);
        return invoke(channel, payload);
      };
      // In the page: when it first asked for cases, and when the app first drew anything.
      await page.addInitScript({
        content: `window.__start = {};
          const api = window.medlegal;
          window.medlegal = Object.freeze({ ...api, 'cases:list': (input) => {
            window.__start.askedAt ??= performance.now();
            return api['cases:list'](input);
          } });
          new MutationObserver((_, observer) => {
            if (!document.getElementById('root')?.firstElementChild) return;
            window.__start.drawnAt = performance.now();
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });`,
      });
      await page.reload();

      const table = page.getByRole('table', { name: 'Cases' });
      const firstRowIs = async (name: string) => {
        await expect.poll(() => table.getAttribute('aria-rowcount'), { timeout: 20_000 }).toBe(String(CASES + 1));
        await expect(table.locator('[aria-rowindex="2"]').getAttribute('aria-label')).resolves.toBe(`Open case of ${name}`);
      };
      await firstRowIs('Scale Person 0777');
      await expect(table.locator('[aria-rowindex="2"]').textContent()).resolves.toContain('overdue');
      expect(listRequests).toEqual([{ query: '', limit: 60 }, { query: '' }]);
      registry.invoke = invoke;
      // ...before the app drew anything: the rows come with its first frame, not one round trip after it.
      const { askedAt, drawnAt } = await page.evaluate(
        () => (window as unknown as { __start: { askedAt: number; drawnAt: number } }).__start,
      );
      expect(askedAt).toBeLessThan(drawnAt);
      const drawn = await table.getByRole('row').count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(80);

      // The arrow keys walk on beyond the rows first drawn; the row reached is drawn and focused.
      const first = table.locator('[aria-rowindex="2"]');
      await first.focus();
      for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
      const reached = table.locator('[aria-rowindex="62"]');
      await expect.poll(() => reached.evaluate((el) => el === document.activeElement), { timeout: 5000 }).toBe(true);

      // Search (three characters and more go through the index): one case left, found by its claim number.
      await page.getByRole('searchbox', { name: 'Search cases' }).fill('sc-999');
      await expect.poll(() => table.getByRole('row').count(), { timeout: 5000 }).toBe(2); // the header and one case
      await page.getByRole('button', { name: 'More actions for Scale Person 0999' }).click();
      await page.getByRole('menuitem', { name: 'Delete case…' }).click();
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(await page.getByRole('menu').count()).toBe(0);
      await page.getByRole('row', { name: /Scale Person 0999/ }).click();
      await page.getByRole('button', { name: 'All cases' }).click();
      // Back on the list: all of it again, in the same order.
      await firstRowIs('Scale Person 0777');
    },
  );
});
