// Vite build of the sandboxed renderer into out/renderer, loaded by main through a custom protocol.
// CASEMARK_RENDERER_OUT builds elsewhere (an absolute path), so parallel e2e runs do not wipe each other's build.
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
    outDir: process.env.CASEMARK_RENDERER_OUT ?? '../out/renderer',
    emptyOutDir: true,
  },
});
