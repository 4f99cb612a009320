// The renderer as a plain web app (`npm run web`, the Playwright suite). Electron builds the
// same renderer through electron.vite.config.ts, which reuses `rendererConfig`.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  resolve: {
    // The importer's HTML parsing uses the browser's inert DOMParser in the app, linkedom in Node.
    alias: { linkedom: resolve(import.meta.dirname, 'renderer/platform/browserHtmlParser.ts') },
  },
  build: {
    // MARGIN_WEB_DIR lets parallel test runs build into separate folders.
    outDir: resolve(import.meta.dirname, process.env.MARGIN_WEB_DIR ?? 'dist/web'),
    emptyOutDir: true,
    // No inline module-preload polyfill: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
  },
};

export default defineConfig(rendererConfig);
