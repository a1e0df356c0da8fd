// A large case's chronology in the browser: 2,000 entries listed in date order with only the rows in view in the page
// (the list is virtualised and read from the backend a window at a time, so it stays smooth), the keyboard reaching and
// opening the last entry, and a date edit moving it to the top with the rows it passed renumbered.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paragraphsToDocument } from '../../electron/common/document/doc-model';
import { appForThisFile, createCase, openStep } from './app-steps';

const ENTRIES = 2000;
const EXAMINEE = 'Lee Long-Chronology';

/** Entry i's date: spread over 2010-2021 and written out of order, so the list must sort them. */
function dateOf(i: number): string {
  const k = (i * 7919) % ENTRIES; // a permutation of 0..1999
  const year = 2010 + Math.floor(k / 168);
  const month = String((Math.floor(k / 14) % 12) + 1).padStart(2, '0');
  const day = String((k % 14) * 2 + 1).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

describe('chronology at scale', () => {
  const app = appForThisFile();

  it(
    'lists 2,000 entries in date order, keeps only the visible rows in the page, and reaches the last by keyboard',
    { timeout: 120_000 },
    async () => {
      const { page } = app();
      await createCase(page, { name: EXAMINEE });

      // Entries written straight into the case's database (with ids as the app makes them, which the editor reads an
      // entry by): typing 2,000 of them is not what this test is about.
      const { db } = app().backend();
      const { id: caseId } = db.prepare('SELECT id FROM cases WHERE examinee_name = ?').get(EXAMINEE) as { id: string };
      const insert =
        db.prepare(`INSERT INTO chronology_entries (id, case_id, date_of_service, provider, summary_json, sort_order, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
      const summary = JSON.stringify(paragraphsToDocument(['Fictional office visit.']));
      const now = new Date().toISOString();
      db.transaction(() => {
        for (let i = 0; i < ENTRIES; i++)
          insert.run(randomUUID(), caseId, dateOf(i), `Dr. Provider ${i}`, summary, i + 1, now, now);
      })();
      const dates = Array.from({ length: ENTRIES }, (_, i) => dateOf(i)).sort();

      await openStep(page, /^Records reviewed/);
      const grid = page.getByRole('grid', { name: 'Chronology' });
      await expect.poll(() => grid.getAttribute('aria-rowcount'), { timeout: 20_000 }).toBe(String(ENTRIES + 1));
      const rendered = await grid.getByRole('row').count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(80);

      const first = grid.locator('[aria-rowindex="2"]');
      expect(await first.textContent()).toMatch(new RegExp(`^1${usDate(dates[0]!)}`));

      await first.click();
      await page.keyboard.press('End');
      const last = grid.locator(`[aria-rowindex="${ENTRIES + 1}"]`);
      await expect.poll(() => last.evaluate((el) => el === document.activeElement), { timeout: 5000 }).toBe(true);
      expect(await last.textContent()).toMatch(new RegExp(`^${ENTRIES}${usDate(dates.at(-1)!)}`));
      expect(await grid.getByRole('row').count()).toBeLessThan(80);

      await page.keyboard.press('Enter');
      const editor = page.getByRole('region', { name: `Chronology entry ${ENTRIES}` });
      await editor.waitFor();
      await expect.poll(() => editor.getByLabel('Author or provider').inputValue()).toMatch(/^Dr\. Provider \d+$/);
      const moved = await editor.getByLabel('Author or provider').inputValue();

      // Dated before every other, the last entry becomes the first; the rows it passed are numbered one later.
      await editor.getByLabel('Date of service', { exact: true }).fill('2009-06-01');
      await page.getByRole('region', { name: 'Chronology entry 1' }).waitFor();
      await expect
        .poll(() => grid.locator('[aria-rowindex="2"]').textContent())
        .toBe(`1${usDate('2009-06-01')}${moved}No sourceNo`);
      expect(await grid.locator('[aria-rowindex="3"]').textContent()).toMatch(new RegExp(`^2${usDate(dates[0]!)}`));
      expect(await grid.getAttribute('aria-rowcount')).toBe(String(ENTRIES + 1));

      // Changed and left (as with Tab): saved at once, not after the pause in typing the autosave waits for (0.5 s), so
      // the entry moves to its new place (last) as soon as the physician moves on. Value and leaving in one step, so no
      // pause can come between them on a busy machine.
      const sentAfterChange = await page.evaluate(async () => {
        const w = window as unknown as { medlegal: Record<string, (input: unknown) => Promise<unknown>> };
        const api = w.medlegal;
        let sentAt = NaN;
        w.medlegal = {
          ...api,
          'chronology:update': (input: unknown) => {
            sentAt = performance.now();
            return api['chronology:update']!(input);
          },
        };
        const field = document.querySelector<HTMLInputElement>('[aria-label="Chronology entry 1"] input[type="date"]')!;
        field.focus();
        const changedAt = performance.now();
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, '2022-01-01');
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.blur();
        // Until the save is sent, which the autosave would do only after its pause (the test then fails).
        for (const until = changedAt + 10_000; Number.isNaN(sentAt) && performance.now() < until;)
          await new Promise((resolve) => requestAnimationFrame(resolve));
        w.medlegal = api;
        return sentAt - changedAt;
      });
      expect(sentAfterChange).toBeLessThan(500);
      await page.getByRole('region', { name: `Chronology entry ${ENTRIES}` }).waitFor();
      await expect
        .poll(() => grid.locator(`[aria-rowindex="${ENTRIES + 1}"]`).textContent())
        .toBe(`${ENTRIES}${usDate('2022-01-01')}${moved}No sourceNo`);
    },
  );
});
