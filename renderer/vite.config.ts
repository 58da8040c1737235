// Vite build of the sandboxed renderer into out/renderer, loaded by main through a custom protocol.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Absolute, so the build works whatever the current directory is.
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs: the app is served from a custom protocol, not from a web server root.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
  },
});
