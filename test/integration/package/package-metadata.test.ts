// What installers and the OS show about the app (author, copyright, desktop entry, icons from build/icon.svg) and that
// `dependencies` holds only what main.cjs leaves external; no packaging needed, so it runs in a second.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  author?: { name?: string; email?: string };
  desktopName?: string;
  dependencies: Record<string, string>;
};
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  copyright?: string;
  electronLanguages?: string[];
  win: { icon: string };
  mac: { icon: string };
  linux: { icon: string };
};
const pngSize = (file: string) => {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('package metadata', () => {
  it('names its author, copyright and Linux desktop entry, and ships English only', () => {
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/@/); // the deb maintainer field needs one
    expect(pkg.desktopName).toBe('medlegal-writer.desktop');
    expect(config.copyright).toMatch(/^Copyright © \d{4} /);
    expect(config.electronLanguages).toEqual(['en-US']);
  });

  it('lists as dependencies only the packages main.cjs loads at run time (the rest is bundled)', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@hyzyla/pdfium',
      '@tesseract.js-data/eng',
      'better-sqlite3-multiple-ciphers',
      'tesseract.js',
    ]);
  });

  it('has icons for every OS, rendered from build/icon.svg', () => {
    expect(fs.readFileSync(path.join(root, 'build', 'icon.svg'), 'utf8')).toContain('<svg');
    expect(pngSize(path.join(root, 'build', 'icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 128, 256, 512])
      expect(pngSize(path.join(root, config.linux.icon, `${size}x${size}.png`))).toEqual([size, size]);
    const ico = fs.readFileSync(path.join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
    const icns = fs.readFileSync(path.join(root, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // the 1024-px image macOS uses for Retina
  });
});
