// Reading an exported .docx back like a reviewer would: its XML, its text (mammoth), and a LibreOffice rendering.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { requireTool } from './tools';

export function readDocxPart(file: string, part = 'word/document.xml'): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

export async function docxHtml(file: string): Promise<string> {
  return (await mammoth.convertToHtml({ path: file })).value;
}

export async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ path: file })).value;
}

/** Renders a .docx to PDF with LibreOffice in its own profile (two sharing one profile fail). */
export function renderDocxToPdf(file: string, outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-lo-'))): string {
  const soffice = requireTool('soffice');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-lo-profile-'));
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, path.basename(file).replace(/\.docx$/i, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not produce a PDF for ${path.basename(file)}`);
  return pdf;
}

export function pdfText(pdf: string, firstPage?: number, lastPage?: number): string {
  const args = ['-layout'];
  if (firstPage) args.push('-f', String(firstPage));
  if (lastPage) args.push('-l', String(lastPage));
  return execFileSync(requireTool('pdftotext'), [...args, pdf, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
