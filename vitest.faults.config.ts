import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: crash and fault injection (tests/faults), kept out of `npm test` because each crash
 * point starts real CLI processes on a copy of a shop holding data; CI runs it after `npm test` (.ci/run).
 * One file at a time: the runs measure a full command and then kill it at shares of that measurement.
 */
export default defineConfig({
  test: {
    name: 'faults',
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
