// Captures the README screenshots from the real UI (built renderer + real backend in Chromium): `npx tsx scripts/screenshots.ts`.
import path from 'node:path';
import { closeBrowser, launchApp } from '../test/e2e/harness';
import { putSignedFixtureCase } from '../test/integration/service/signed-case';

async function main() {
  const app = await launchApp();
  const { page } = app;
  const out = (name: string) => path.resolve('docs/screenshots', name);
  try {
    const empty = page.getByRole('region', { name: 'No cases yet' });
    await empty.waitFor();
    await page.screenshot({ path: out('empty-case-list.png') });
    // The first-start setup offers the starter phrases; the phrase picker below shows them.
    await page.getByRole('button', { name: 'Add starter phrases' }).click();
    await page
      .getByText(/^Added \d+ starter phrases/)
      .first()
      .waitFor();
    await empty.getByRole('button', { name: 'Open sample case' }).click();
    await page.getByRole('heading', { name: 'Case and parties' }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: out('case-step.png') });
    await page.getByRole('tab', { name: /Records reviewed/ }).click();
    await page.getByRole('grid', { name: 'Chronology' }).waitFor();
    // Guidance folded away, so the chronology and the source page sit side by side in this 1440-pixel window.
    await page.getByRole('button', { name: 'Hide guidance (more room for the report)' }).click();
    await page.getByRole('grid', { name: 'Chronology' }).getByRole('row').nth(3).click();
    await page.getByTestId('record-page-canvas').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: out('records-step.png') });
    await page.getByRole('button', { name: 'Show guidance' }).click();
    await page.getByRole('tab', { name: /^Discussion/ }).click();
    await page.getByRole('heading', { name: 'Impairment rating (AMA Guides, 5th edition)' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: out('discussion-step.png') });
    await page.getByRole('tab', { name: /Interview/ }).click();
    await page.getByRole('textbox', { name: 'History of the injury' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: out('case-workspace.png') });
    await page.getByRole('tab', { name: /Examination/ }).click();
    await page.getByRole('textbox', { name: 'Findings on examination', exact: true }).click();
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: 'Insert a phrase' }).getByRole('option').first().waitFor();
    await page.waitForTimeout(400); // the dialog's fade-in
    await page.screenshot({ path: out('phrase-picker.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /Review and sign/ }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: out('review-step.png') });
    await page.getByRole('button', { name: 'Preview the report' }).click();
    const preview = page.getByRole('dialog', { name: 'Report preview' });
    await preview.getByRole('document', { name: 'Pages of the report' }).getByText('Maria Q. Sample').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: out('report-preview.png') });
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('table', { name: 'Cases' }).waitFor();
    await page.screenshot({ path: out('case-list.png') });
    await page
      .getByRole('button', { name: /^More actions for / })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'New case from this one…' }).click();
    await page.getByRole('dialog', { name: 'New case from an earlier one' }).getByRole('checkbox').first().waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: out('copy-forward.png') });
    await page.keyboard.press('Escape');
    // A signed report to follow: the fixture QME case, signed as "Sign and export" marks it, then the app restarted.
    await putSignedFixtureCase(app.backend(), '2026-11-20');
    await app.restart();
    const more = page.getByRole('button', { name: /^More actions for / });
    await more.first().waitFor();
    for (let i = 0; i < (await more.count()); i++) {
      await more.nth(i).click();
      const item = page.getByRole('menuitem', { name: /Supplemental from this case/ });
      if (await item.isEnabled()) {
        await item.click();
        break;
      }
      await page.keyboard.press('Escape');
    }
    await page.getByRole('dialog', { name: 'Supplemental from this case' }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: out('supplemental.png') });
    await page.keyboard.press('Escape');
    console.log('Wrote docs/screenshots/*.png');
  } finally {
    await app.close();
    await closeBrowser();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
