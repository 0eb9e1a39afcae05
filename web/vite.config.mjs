import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Static, fully offline build: Monaco, its workers and monaco-yaml are bundled; no CDN.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('/src/core/')) return 'core';
          if (id.includes('node_modules/monaco-editor') ) return 'monaco';
          return undefined;
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
