// Combining across injuries (the Benson exception) as a physician does it: two injuries rated, the switch turned on from
// the keyboard, the reason typed, the live steps checked, Undo after turning it off, and the exported report with each
// injury's value, the value across injuries, its steps and the reason.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportedFiles } from './harness';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';
import { docxText } from '../helpers/docx';

const exact = { exact: true } as const;
const SWITCH = 'Combine across injuries (Benson exception)';
const REASON =
  'The lifting injury and the later fall both injured the same lumbar levels, and the records after the fall show no ' +
  'separate findings, so the disability caused by each cannot be told apart within reasonable medical probability.';

async function addInjury(page: Page, n: number, date: string, bodyPart: string) {
  await page.getByRole('button', { name: 'Add injury', ...exact }).click();
  await page.getByLabel(`Date of injury ${n}`, exact).fill(date);
  await page.getByRole('button', { name: `Add body part to injury ${n}`, ...exact }).click();
  await page.getByRole('combobox', { name: `Body part 1 of injury ${n}`, exact: true }).fill(bodyPart);
}

async function rate(page: Page, injury: number, bodyPart: string, name: string, wpi: string) {
  await page.getByRole('combobox', { name: `Body part to rate, injury ${injury}`, exact: true }).selectOption(bodyPart);
  await page.getByRole('button', { name: `Add impairment to injury ${injury}`, exact: true }).click();
  await page.getByRole('textbox', { name: `Method for ${name}`, exact: true }).fill('DRE');
  await page.getByRole('textbox', { name: `Guides table or figure for ${name}`, exact: true }).fill('Table 15-3');
  await page.getByRole('spinbutton', { name: `WPI of ${name}`, exact: true }).fill(wpi);
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');

describe('combining across injuries', () => {
  const session = appForThisFile();

  it(
    'turns the Benson exception on with the keyboard, undoes turning it off, and prints it with its reason',
    { timeout: 240_000 },
    async () => {
      const app = session();
      const { page } = app;
      await createCase(page, { name: 'Robin Q. Twoinjuries', examDate: '2026-10-01' });
      await addInjury(page, 1, '2026-01-05', 'Lumbar spine');
      await addInjury(page, 2, '2026-04-20', 'Left knee');

      await openStep(page, /^Discussion/);
      const toggle = page.getByRole('switch', { name: SWITCH, exact: true });
      await rate(page, 1, 'Lumbar spine', 'Lumbar spine, injury 1', '30');
      await rate(page, 1, 'Lumbar spine', 'Lumbar spine (2), injury 1', '20');
      // One injury rated: each injury stands alone and the choice is not offered.
      expect(await toggle.count()).toBe(0);
      await rate(page, 2, 'Left knee', 'Left knee, injury 2', '20');
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(false);

      // On from the keyboard; Tab goes on to the reason, which is typed.
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => toggle.isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedLabel(page)).toBe('Reason the injuries cannot be parsed');
      await page.keyboard.type(REASON);

      const preview = page.getByRole('status', { name: 'Combined WPI across injuries', exact: true });
      await expect.poll(() => preview.textContent()).toContain('55%');
      expect(await preview.textContent()).toContain('44% (injury 1), 20% (injury 2): 44 C 20 = 55');
      // Each injury's own steps stay on screen.
      expect(await page.getByRole('status', { name: 'Combined WPI for injury 1', exact: true }).textContent()).toContain(
        '30 C 20 = 44',
      );

      // Off from the keyboard, then Undo: the reason comes back with the choice.
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => toggle.isChecked()).toBe(false);
      const reason = page.getByRole('textbox', { name: 'Reason the injuries cannot be parsed', exact: true });
      expect(await reason.count()).toBe(0);
      await page.getByText('Combining across injuries is off; your reason is kept.').waitFor();
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Undo');
      await page.keyboard.press('Enter');
      await expect.poll(() => toggle.isChecked()).toBe(true);
      expect(await reason.inputValue()).toBe(REASON);
      await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);

      await waitForSaves(page);
      await page.getByRole('button', { name: 'Export to Word' }).click();
      await expect.poll(() => exportedFiles(app).length, { timeout: 20_000 }).toBe(1);
      const text = await docxText(exportedFiles(app)[0]!);
      expect(text).toMatch(/Combined whole person impairment, specific injury 01\/05\/2026: 44% WPI/);
      expect(text).toMatch(/Combined whole person impairment, specific injury 04\/20\/2026: 20% WPI/);
      const across = text.indexOf('Combined across injuries: 55% WPI');
      expect(across).toBeGreaterThan(text.indexOf('Combined whole person impairment, specific injury 04/20/2026'));
      const after = text.slice(across);
      expect(after).toMatch(
        /^Combined across injuries: 55% WPI\n+The injuries’ values, 44% WPI \(specific injury 01\/05\/2026\) and 20% WPI \(specific injury 04\/20\/2026\), combined using the [^\n]+, largest value first, each step rounded half up:\n+44 C 20 = 55\n/,
      );
      expect(after).toContain(`The injuries cannot be parsed: ${REASON}`);
    },
  );
});
