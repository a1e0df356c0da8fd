// A PDF copy of an exported report, made by LibreOffice when it is installed, in the background: the export never
// waits for it and never fails because of it. LibreOffice runs with a throw-away profile, so it does not clash with a
// LibreOffice window the physician has open, and writes into a temp folder first, so a half-written PDF never appears.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDF_WORK_PREFIX } from '../fs/leftovers';

const CANDIDATES: Record<string, string[]> = {
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
};

/** LibreOffice's soffice on PATH (or where installers put it), or null. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return (CANDIDATES[platform] ?? []).find((c) => fs.existsSync(c)) ?? null;
}

/** Converts docxPath to a PDF beside it (same name, .pdf); resolves to the PDF's path, or null when it failed. */
export function convertToPdf(soffice: string, docxPath: string, timeoutMs = 180_000): Promise<string | null> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), PDF_WORK_PREFIX));
  const profile = path.join(work, 'profile');
  const outDir = path.join(work, 'out');
  fs.mkdirSync(outDir);
  const target = docxPath.replace(/\.docx$/i, '') + '.pdf';
  return new Promise((resolve) => {
    execFile(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      { timeout: timeoutMs, windowsHide: true },
      (error) => {
        let result: string | null = null;
        try {
          const produced = path.join(outDir, path.basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
          if (!error && fs.existsSync(produced)) {
            fs.copyFileSync(produced, `${target}.partial`);
            fs.renameSync(`${target}.partial`, target);
            result = target;
          }
        } catch {
          fs.rmSync(`${target}.partial`, { force: true });
          result = null;
        } finally {
          fs.rmSync(work, { recursive: true, force: true });
        }
        resolve(result);
      },
    );
  });
}
