import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Static, fully offline build: Monaco, its workers and monaco-yaml are bundled; no CDN.
const root = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
    rollupOptions: {
      input: { index: `${root}index.html`, panel: `${root}panel.html` },
      output: {
        manualChunks(id) {
          if (id.includes('/src/core/') || id.includes('/src/protocol/') || id.includes('node_modules/yaml/')) return 'core';
          if (id.includes('node_modules/monaco-editor')) return 'monaco';
          return undefined;
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
});
