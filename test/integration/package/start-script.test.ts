// The window's start script (renderer/src/start.ts, which asks for the case list's first rows while the app's code
// loads) is in the page both ways the app is loaded: from the dev server (its source) and from the build (its chunk).
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

describe('the start script in the app page', () => {
  it('is served from source by the dev server', { timeout: 30_000 }, async () => {
    const server = await createServer({
      configFile: path.join(ROOT, 'vite.config.mts'),
      server: { middlewareMode: true },
      logLevel: 'silent',
    });
    try {
      const html = fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
      const page = await server.transformIndexHtml('/index.html', html);
      expect(page).toContain('<script type="module" async src="/src/start.ts"></script>');
    } finally {
      await server.close();
    }
  });

  it('is loaded from its own built chunk, after the Content-Security-Policy', () => {
    const dir = path.join(ROOT, process.env.MEDLEGAL_RENDERER_DIR ?? 'dist/renderer');
    const page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const src = /<script type="module" async src="\.\/(assets\/start-[^"]+\.js)"><\/script>/.exec(page)?.[1];
    expect(src).toBeDefined();
    expect(fs.existsSync(path.join(dir, src!))).toBe(true);
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf(src!));
  });
});
