// npm run smoke:electron [-- <packaged app folder or executable> | --dev]: launches the real Electron app with Playwright's
// _electron, on a new data folder, and does what a new user would: opens the sample case, imports one scanned page and waits
// until OCR has made it searchable, exports the report to Word and checks the .docx. Exits 0 when every step passed, 1 when a
// step failed or the app could not be launched (then it says what is missing). The release workflow runs it on each OS.
// The steps in the window are smoke-electron.flow.ts (the E2E helpers in test/e2e/app-steps.ts import vitest, which cannot
// run outside the test runner); this file launches the app and answers its native dialogs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { resolveTarget, SmokeNotRunnable, type SmokeTarget } from './smoke-electron.target';

const root = path.resolve(__dirname, '..');
const SECOND = 1000;

interface Step {
  name: string;
  ms: number;
  detail?: string;
}

async function smoke(target: SmokeTarget, work: string, steps: Step[]): Promise<void> {
  const step = async (name: string, run: () => Promise<string | void>) => {
    const started = Date.now();
    const detail = await run().catch((error: unknown) => {
      console.error(`  ✗ ${name} (${((Date.now() - started) / SECOND).toFixed(1)} s)`);
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    });
    steps.push({ name, ms: Date.now() - started, ...(detail ? { detail } : {}) });
    console.log(`  ✓ ${name} (${((Date.now() - started) / SECOND).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
  };
  // Loaded only for a real run, so "nothing to launch" is reported at once.
  const [{ _electron: electron }, { SCANNED_MARKER_WORD, scannedPagePdf }] = await Promise.all([
    import('playwright-core'),
    import('./smoke-electron.scanned-page'),
  ]);
  const { driveSmokeFlow } = await import('./smoke-electron.flow');
  const dataDir = path.join(work, 'data');
  const scanned = path.join(work, 'Scanned radiology report.pdf');
  const saveAs = path.join(work, 'Smoke report.docx');
  fs.writeFileSync(scanned, await scannedPagePdf());

  let app: ElectronApplication | undefined;
  let page: Page | undefined;
  let mainOutput = '';
  try {
    await step('launch the app', async () => {
      app = await electron.launch({
        executablePath: target.executable,
        args: target.args,
        // A new data folder (the app honours MEDLEGAL_DATA_DIR), so the run starts like a first start and touches no real cases.
        env: { ...process.env, MEDLEGAL_DATA_DIR: dataDir },
        timeout: 60 * SECOND,
      });
      app.process().stderr?.on('data', (chunk: Buffer) => (mainOutput = (mainOutput + chunk.toString()).slice(-4000)));
      // The native file dialogs answer as a user would: this scanned file to import, this path to save the report to.
      await app.evaluate(
        ({ dialog, shell }, files) => {
          dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [files.scanned] })) as typeof dialog.showOpenDialog;
          dialog.showSaveDialog = (async () => ({ canceled: false, filePath: files.saveAs })) as typeof dialog.showSaveDialog;
          shell.openPath = async () => '';
        },
        { scanned, saveAs },
      );
      page = await app.firstWindow();
      await page.getByRole('region', { name: 'No cases yet' }).waitFor({ timeout: 60 * SECOND });
      return `${target.kind} build, ${path.relative(root, target.executable) || target.executable}`;
    });
    const exported = await driveSmokeFlow(page!, step, { marker: SCANNED_MARKER_WORD });
    if (exported !== saveAs)
      throw new Error(`The report was saved to ${exported}, not where the save dialog pointed (${saveAs})`);
  } catch (error) {
    if (mainOutput.trim()) console.error(`  The app's own output (last lines):\n${mainOutput.trim().replace(/^/gm, '    ')}`);
    throw error;
  } finally {
    await app?.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const dev = argv.includes('--dev');
  const given = argv.find((a) => !a.startsWith('--'));
  console.log('smoke:electron: the real app, launched with Playwright (sample case, OCR one scanned page, Word export)');
  let target: SmokeTarget;
  try {
    target = resolveTarget({ root, dev, given });
  } catch (error) {
    if (!(error instanceof SmokeNotRunnable)) throw error;
    console.error(`smoke:electron: NOT RUN. ${error.message}`);
    return 1;
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-smoke-'));
  const steps: Step[] = [];
  const started = Date.now();
  try {
    await smoke(target, work, steps);
    console.log(`smoke:electron: PASSED, ${steps.length} steps in ${((Date.now() - started) / SECOND).toFixed(1)} s`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').slice(0, 12).join('\n') : String(error);
    console.error(`smoke:electron: FAILED after ${steps.length} passed step(s): ${message}`);
    if (target.kind === 'packaged' && steps.length === 0)
      console.error(
        '  If the launch timed out: Playwright attaches through --inspect, which the shipped fuses turn off. Run this against\n' +
          '  a copy packaged with .github/smoke-package.yml (see the release workflow), or use --dev.',
      );
    return 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 5 }); // Windows may hold the closed app's files a moment
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`smoke:electron: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
