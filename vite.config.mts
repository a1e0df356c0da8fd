// Builds the renderer into dist/renderer with relative asset paths, so it loads from app:// in Electron and from the E2E harness.
// MEDLEGAL_RENDERER_DIR (relative to the repo) builds elsewhere, so two people testing in one checkout do not share a build.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

const START_SCRIPT = path.resolve(import.meta.dirname, 'renderer/src/start.ts');

/**
 * renderer/src/start.ts is its own entry, loaded by an async module script ahead of the app's: it runs as soon as its few
 * kilobytes arrive, while the app's code is still loading. (Two scripts in index.html would be merged into one entry.)
 * The dev server (MEDLEGAL_DEV_SERVER_URL) serves it from source.
 */
function startScriptFirst(): Plugin {
  const tag = (src: string) => [{ tag: 'script', attrs: { type: 'module', async: true, src }, injectTo: 'head' as const }];
  return {
    name: 'medlegal-start-script',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (ctx.server) return tag('/src/start.ts');
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === START_SCRIPT);
        if (!chunk) throw new Error('The start script (renderer/src/start.ts) was not built.');
        return tag(`./${chunk.fileName}`);
      },
    },
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), startScriptFirst()],
  build: {
    outDir: path.resolve(import.meta.dirname, process.env.MEDLEGAL_RENDERER_DIR ?? 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { index: path.resolve(import.meta.dirname, 'renderer/index.html'), start: START_SCRIPT },
    },
  },
});
