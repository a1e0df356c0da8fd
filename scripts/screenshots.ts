// Captures the README screenshots from the real UI (built renderer + real backend in Chromium): `npx tsx scripts/screenshots.ts`.
import path from 'node:path';
import { closeBrowser, launchApp } from '../test/e2e/harness';

async function main() {
  const app = await launchApp();
  const { page } = app;
  const out = (name: string) => path.resolve('docs/screenshots', name);
  try {
    const empty = page.getByRole('region', { name: 'No cases yet' });
    await empty.waitFor();
    await page.screenshot({ path: out('empty-case-list.png') });
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
    await page.getByRole('tab', { name: /Review and sign/ }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: out('review-step.png') });
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('table', { name: 'Cases' }).waitFor();
    await page.screenshot({ path: out('case-list.png') });
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
