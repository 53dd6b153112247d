import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './electron/main/security';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** Puts the app's CSP into the built index.html (the window loads it from file://, where no headers apply). */
export const cspMetaPlugin = (): Plugin => ({
  name: 'channeldesk:csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * Three builds into out/: main (ESM, because package.json says "type": "module"), the preload (CommonJS:
 * a sandboxed preload cannot be an ES module) and the renderer (React, relative URLs so loadFile works).
 */
export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Dependencies stay in node_modules and are loaded at run time; better-sqlite3 is native and must not be
      // bundled in any case (its .node file is picked by electron/main/native.ts).
      // kysely and zod are bundled in: loaded from node_modules as hundreds of ES module files they took
      // ~250 ms and ~100 ms of every start, as part of one bundle ~45 ms and ~60 ms (measured, Node 20).
      externalizeDeps: { include: ['better-sqlite3'], exclude: ['kysely', 'zod'] },
      rolldownOptions: {
        input: {
          index: fromRoot('./electron/main/index.ts'),
          // The job runner starts this file in a worker thread (JobRunner's workerEntry).
          jobWorker: fromRoot('./electron/core/jobs/worker.ts'),
          // The browser preview as one bundle (`npm run preview`): no TypeScript compile at start, so a cold
          // start reaches an interactive dashboard in the time the database needs, not the compiler.
          preview: fromRoot('./electron/preview/index.ts'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      rolldownOptions: {
        input: { index: fromRoot('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    base: './',
    plugins: [react(), cspMetaPlugin()],
    build: {
      outDir: fromRoot('./out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the scripts the dashboard needs at start are
      // about half the bytes to fetch and parse (pages beyond it load on first visit: renderer/src/lazy-pages.tsx).
      minify: true,
      rolldownOptions: { input: fromRoot('./renderer/index.html') },
    },
  },
});
