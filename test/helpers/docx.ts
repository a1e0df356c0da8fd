// Reading an exported .docx back like a reviewer would: its XML, its text (mammoth), and a LibreOffice rendering.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { requireTool } from './tools';

let unzip: string | undefined; // located once: a missing unzip fails with its install command

export function readDocxPart(file: string, part = 'word/document.xml'): string {
  return execFileSync((unzip ??= requireTool('unzip')), ['-p', file, part], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
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
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
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

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every paragraph with the given heading style, in document order. */
export function docxHeadings(file: string, style = 'Heading1'): string[] {
  const xml = readDocxPart(file);
  return [...xml.matchAll(new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val="${style}"/>.*?</w:p>`, 'gs'))].map((m) =>
    decodeXml([...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}
