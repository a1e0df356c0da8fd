// Renders the app icon from its one source, build/icon.svg: build/icon.png (1024 px), build/icons/<n>x<n>.png (Linux),
// build/icon.ico (Windows) and build/icon.icns (macOS). Chromium (playwright-core) rasterises; the ICO and ICNS containers
// hold PNGs and are written here in plain JS. Run after changing the SVG: node scripts/make-icons.mjs; commit the results.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p) => p && fs.existsSync(p));

/** ICO: a directory of PNG images (Windows Vista and later read PNG entries; 256 is written as 0). */
export function icoFromPngs(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** ICNS: 'icns' + length, then one typed chunk per size holding a PNG (ic07 128 … ic10 1024, ic11–ic14 the @2x ones). */
export function icnsFromPngs(images) {
  const TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const chunks = images
    .filter(({ size }) => TYPES[size])
    .map(({ size, png }) => {
      const head = Buffer.alloc(8);
      head.write(TYPES[size], 0, 'ascii');
      head.writeUInt32BE(png.length + 8, 4);
      return Buffer.concat([head, png]);
    });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function main() {
  if (!CHROMIUM) throw new Error('make-icons needs Chromium to render the SVG. Install it with: apt-get install -y chromium');
  const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const images = [];
  try {
    const page = await browser.newPage();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const scaled = svg.replace(/<svg([^>]*)width="\d+" height="\d+"/, `<svg$1width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${scaled}</body></html>`);
      images.push({
        size,
        png: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
      });
    }
  } finally {
    await browser.close();
  }
  const iconsDir = path.join(buildDir, 'icons');
  fs.mkdirSync(iconsDir, { recursive: true });
  for (const { size, png } of images) if (size <= 512) fs.writeFileSync(path.join(iconsDir, `${size}x${size}.png`), png);
  fs.writeFileSync(path.join(buildDir, 'icon.png'), images.find((i) => i.size === 1024).png);
  fs.writeFileSync(
    path.join(buildDir, 'icon.ico'),
    icoFromPngs(images.filter((i) => [16, 24, 32, 48, 64, 256].includes(i.size))),
  );
  fs.writeFileSync(path.join(buildDir, 'icon.icns'), icnsFromPngs(images));
  console.log(`make-icons: build/icon.png, build/icon.ico, build/icon.icns, build/icons/ (${sizes.length} sizes)`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) await main();
