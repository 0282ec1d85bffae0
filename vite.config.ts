import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

// The renderer is a static bundle loaded from file:// in Electron and from the local bridge in
// the browser: relative asset paths, no remote anything.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // Two pages: the app, and the report page every printed report is rendered in (docs/reports.md).
    rollupOptions: {
      input: {
        index: path.resolve(import.meta.dirname, 'renderer/index.html'),
        report: path.resolve(import.meta.dirname, 'renderer/report.html'),
      },
    },
  },
});
