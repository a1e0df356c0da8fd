// Locates the external tools tests rely on. A missing tool fails the test with what to install; it never skips.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const INSTALL_HINT: Record<string, string> = {
  chromium: 'apt-get install -y chromium',
  soffice: 'apt-get install -y --no-install-recommends libreoffice-writer-nogui',
  pdftotext: 'apt-get install -y poppler-utils',
  pdftoppm: 'apt-get install -y poppler-utils',
  tesseract: 'apt-get install -y tesseract-ocr',
  pandoc: 'apt-get install -y pandoc',
  unzip: 'apt-get install -y unzip',
};

export function requireTool(name: keyof typeof INSTALL_HINT): string {
  const candidates = name === 'chromium' ? ['/usr/bin/chromium', '/usr/bin/chromium-browser'] : [];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`This test needs "${name}", which is not installed. Install it with: ${INSTALL_HINT[name]} (see README).`);
  }
}
