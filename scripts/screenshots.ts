// Captures the README screenshots from the real UI (built renderer + real backend in Chromium): `npx tsx scripts/screenshots.ts`.
// With MEDLEGAL_RENDERER_DIR set, the harness serves that build instead of dist/renderer (a private build, as for E2E).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentPlainText, type RichDocument } from '../electron/common/document/doc-model';
import { closeBrowser, launchApp, type AppSession } from '../test/e2e/harness';
import { putSignedFixtureCase } from '../test/integration/service/signed-case';

const out = (name: string) => path.resolve('docs/screenshots', name);
const MINUTE = 60_000;
// The backend's clock runs ahead by this much: moving it stands in for the ten minutes of editing between kept versions.
let ahead = 0;

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Types into the focused editor and waits until the backend holds the section's text ending with it. */
async function typeAndSave(app: AppSession, caseId: string, sectionId: string, text: string): Promise<void> {
  await app.page.keyboard.type(text);
  await until(async () => {
    const r = await app.backend().registry.invoke('documents:get', { caseId, sectionId });
    return r.ok && documentPlainText((r.data as { content: RichDocument }).content).endsWith(text);
  }, `the saved ${sectionId}`);
}

/** Two kept versions of the history of the injury, then its History with the older one chosen and its changes marked. */
async function historyShot(app: AppSession): Promise<void> {
  const { page } = app;
  const cases = await app.backend().registry.invoke('cases:list', { query: '' });
  const caseId = cases.ok ? (cases.data as { id: string }[])[0]!.id : '';
  // Versions name who saved them: the physician's profile, else the computer's user name.
  await app.backend().registry.invoke('settings:saveProfile', { name: 'Jordan P. Signer, MD', credentials: 'MD' });
  await page.getByRole('tab', { name: /Interview/ }).click();
  const editor = page.getByRole('textbox', { name: 'History of the injury', exact: true });
  await editor.click();
  await page.keyboard.press('Control+End');
  await typeAndSave(app, caseId, 'history-of-injury', ' She reported the fall to her supervisor on March 3');
  ahead += 11 * MINUTE;
  await typeAndSave(app, caseId, 'history-of-injury', '.');
  for (let i = 0; i < ' on March 3.'.length; i++) await page.keyboard.press('Backspace');
  await typeAndSave(app, caseId, 'history-of-injury', ' the next morning and saw the company physician that afternoon');
  ahead += 11 * MINUTE;
  await typeAndSave(app, caseId, 'history-of-injury', '.');
  await page.keyboard.press('Control+Alt+h');
  const dialog = page.getByRole('dialog', { name: 'Earlier versions: History of the injury' });
  await dialog.getByRole('option').nth(1).waitFor();
  await page.keyboard.press('ArrowDown');
  await dialog.locator('del').first().waitFor();
  await page.waitForTimeout(400); // the dialog's fade-in
  await page.screenshot({ path: out('section-history.png') });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

/** Settings → Automatic backups, Audit trail and Security, each cropped to its section, and the recovery key dialog. */
async function settingsShots(app: AppSession): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  const backups = page.getByRole('group', { name: 'Automatic backups' });
  await backups.waitFor();
  // A folder outside the data folder, as on an external drive.
  const drive = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-drive-')), 'MedLegal backups');
  fs.mkdirSync(drive);
  app.nextFolder = drive;
  await backups.getByRole('button', { name: 'Choose folder…' }).click();
  await backups.getByRole('button', { name: 'Change folder…' }).waitFor();
  await backups.getByRole('combobox', { name: 'How often' }).selectOption('daily');
  await backups.getByText(/^Next: /).waitFor();
  await backups.scrollIntoViewIfNeeded();
  await backups.screenshot({ path: out('settings-automatic-backups.png') });
  fs.rmSync(path.dirname(drive), { recursive: true, force: true });

  const audit = page.getByRole('region', { name: 'Audit trail' });
  await audit.getByRole('button', { name: 'Verify audit trail' }).click();
  await audit.getByText('Audit trail intact').waitFor({ timeout: 30_000 });
  await audit.scrollIntoViewIfNeeded();
  await audit.screenshot({ path: out('settings-audit-trail.png') });

  const security = page.getByRole('region', { name: 'Security' });
  await security.getByRole('button', { name: 'Make a recovery key…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Your recovery key' });
  await dialog.getByLabel('I have printed or saved it').check();
  await page.waitForTimeout(400); // the dialog's fade-in
  await page.screenshot({ path: out('recovery-key.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
  await security.getByText(/^Recovery key made /).waitFor();
  await security.scrollIntoViewIfNeeded();
  await security.screenshot({ path: out('settings-security.png') });
}

/** The unlock screen, as the app opens when this computer's keychain cannot give the data folder's key. */
async function unlockShot(dataDir: string): Promise<void> {
  const app = await launchApp({ dataDir, locked: true });
  try {
    await app.page.getByRole('heading', { name: 'Unlock your data' }).waitFor();
    await app.page.waitForTimeout(300);
    await app.page.screenshot({ path: out('unlock.png') });
  } finally {
    await app.close();
  }
}

async function main() {
  // Kept after close: the unlock screen opens this same folder, locked.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-shots-'));
  const app = await launchApp({ dataDir, now: () => new Date(Date.now() + ahead) });
  const { page } = app;
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
    await historyShot(app);
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
    await page.getByRole('dialog', { name: 'Supplemental from this case' }).waitFor({ state: 'hidden' });
    await settingsShots(app);
    await app.close();
    await unlockShot(dataDir);
    console.log('Wrote docs/screenshots/*.png');
  } finally {
    await app.close().catch(() => undefined);
    await closeBrowser();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
