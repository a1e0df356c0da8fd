// Builds the renderer into dist/renderer with relative asset paths, so it loads from app:// in Electron and from the E2E harness.
// MEDLEGAL_RENDERER_DIR (relative to the repo) builds elsewhere, so two people testing in one checkout do not share a build.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, process.env.MEDLEGAL_RENDERER_DIR ?? 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
});
