// The discussion tools a physician defends: three impairments combined with their steps shown, apportionment for two
// body parts with a flagged total fixed, and both tables in the exported report.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportedFiles } from './harness';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';
import { docxText } from '../helpers/docx';

const exact = { exact: true } as const;
const LUMBAR = 'Lumbar spine, injury 1';
const KNEE = 'Left knee, injury 1';

async function addImpairment(page: Page, bodyPart: string, name: string, wpi: string, method: string) {
  await page.getByRole('combobox', { name: 'Body part to rate, injury 1', exact: true }).selectOption(bodyPart);
  await page.getByRole('button', { name: 'Add impairment to injury 1', exact: true }).click();
  await page.getByRole('textbox', { name: `Method for ${name}`, exact: true }).fill(method);
  await page.getByRole('textbox', { name: `Guides table or figure for ${name}`, exact: true }).fill('Table 15-3');
  await page.getByRole('spinbutton', { name: `WPI of ${name}`, exact: true }).fill(wpi);
}

describe('impairment and apportionment', () => {
  const session = appForThisFile();

  it(
    'combines three impairments with steps, fixes an apportionment total, and exports both tables',
    { timeout: 180_000 },
    async () => {
      const app = session();
      const { page } = app;
      await createCase(page, { name: 'Pat Q. Ratings', examDate: '2026-10-01' });

      await page.getByRole('button', { name: 'Add injury', ...exact }).click();
      await page.getByLabel('Date of injury 1', exact).fill('2026-01-05');
      await page.getByRole('button', { name: 'Add body part to injury 1', ...exact }).click();
      await page.getByRole('combobox', { name: 'Body part 1 of injury 1', exact: true }).fill('Lumbar spine');
      await page.getByRole('button', { name: 'Add body part to injury 1', ...exact }).click();
      await page.getByRole('combobox', { name: 'Body part 2 of injury 1', exact: true }).fill('Left knee');

      await openStep(page, /^Discussion/);
      await page
        .getByRole('combobox', { name: 'Permanent and stationary status', exact: true })
        .selectOption('permanent-and-stationary');
      await page.getByLabel('Date of permanent and stationary status', exact).fill('2026-10-01');

      await addImpairment(page, 'Lumbar spine', LUMBAR, '30', 'DRE Lumbar Category IV');
      await addImpairment(page, 'Left knee', KNEE, '20', 'Meniscectomy, Table 17-33');
      await addImpairment(page, 'Lumbar spine', 'Lumbar spine (2), injury 1', '10', 'Loss of motion');
      const combined = page.getByRole('status', { name: 'Combined WPI for injury 1', exact: true });
      await expect.poll(() => combined.textContent()).toContain('30 C 20 = 44, 44 C 10 = 50');
      expect(await combined.textContent()).toContain('50%');

      // Apportionment: a total of 95% is flagged, then fixed.
      await page.getByRole('button', { name: 'Apportion Lumbar spine' }).first().click();
      await page.getByRole('spinbutton', { name: `Industrial percent of ${LUMBAR}`, exact: true }).fill('80');
      await page
        .getByRole('textbox', { name: `Industrial explanation for ${LUMBAR}`, exact: true })
        .fill(
          'The lifting injury caused the L4-5 protrusion that produces the radiculopathy rated here, which is most of the present disability.',
        );
      await page.getByRole('button', { name: `Add factor for ${LUMBAR}`, exact: true }).click();
      await page
        .getByRole('textbox', { name: `Label of factor 1 for ${LUMBAR}`, exact: true })
        .fill('Pre-existing facet arthropathy');
      await page.getByRole('spinbutton', { name: `Percent of factor 1 for ${LUMBAR}`, exact: true }).fill('15');
      await page
        .getByRole('textbox', { name: `Explanation of factor 1 for ${LUMBAR}`, exact: true })
        .fill(
          'Multilevel facet arthropathy on the MRI predates the injury and causes part of the axial pain and motion loss rated today.',
        );
      const total = page.getByRole('alert', { name: `Apportionment total for ${LUMBAR}`, exact: true });
      await expect.poll(() => total.textContent()).toContain('95%');
      await page.getByRole('spinbutton', { name: `Percent of factor 1 for ${LUMBAR}`, exact: true }).fill('20');
      await expect
        .poll(() => page.getByRole('status', { name: `Apportionment total for ${LUMBAR}`, exact: true }).textContent())
        .toContain('100%');

      await page.getByRole('button', { name: 'Apportion Left knee' }).first().click();
      await page.getByRole('spinbutton', { name: `Industrial percent of ${KNEE}`, exact: true }).fill('100');
      await page
        .getByRole('textbox', { name: `Industrial explanation for ${KNEE}`, exact: true })
        .fill('The meniscal tear was caused by the twisting injury; there is no other pathology in this knee.');
      await waitForSaves(page);

      await page.getByRole('button', { name: 'Export to Word' }).click();
      await expect.poll(() => exportedFiles(app).length, { timeout: 20_000 }).toBe(1);
      const text = await docxText(exportedFiles(app)[0]!);
      for (const expected of [
        'DRE Lumbar Category IV',
        'Meniscectomy, Table 17-33',
        '30 C 20 = 44',
        '44 C 10 = 50',
        'Pre-existing facet arthropathy',
        'Multilevel facet arthropathy on the MRI predates the injury',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).toMatch(/Combined whole person impairment[^\n]*50% WPI/);
      // The status set in the discussion tool is the one the template's own P&S fields print.
      expect(text).toMatch(/Status: Permanent and stationary\n/);
      expect(text).toMatch(/Date of maximal medical improvement \(permanent and stationary\): 10\/01\/2026/);
      expect(text).toMatch(/80%/);
    },
  );
});
