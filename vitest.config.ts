import { defineConfig } from 'vitest/config';

/**
 * One project per test level (ARCHITECTURE.md): unit and integration run in Node, renderer in jsdom,
 * e2e drives Debian's Chromium against the preview server, electron needs a real Electron binary.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          pool: 'forks',
        },
      },
      {
        // Vite 8 compiles TSX with oxc, whose default is the automatic JSX runtime; an esbuild block is ignored.
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // As long as Playwright's own waits (page.setDefaultTimeout): a loaded CI machine starts job workers
          // and answers slower than vitest's 1 s default, and a poll that gives up early is a flaky test.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'electron',
          include: ['tests/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
