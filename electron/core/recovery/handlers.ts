import type { FeatureHandlers } from '../handlers';

/**
 * A plain core (CLI, tests) only exists when its database opened: it is never in recovery and cannot end its
 * host. The app and the preview answer these calls in host.ts, which can be in recovery.
 */
export const recoveryHandlers: FeatureHandlers<'recovery'> = {
  status: (_input, ctx) => ({
    mode: 'normal',
    dbFile: ctx.dbFile,
    problem: null,
    latestGood: null,
    canQuit: false,
  }),
  quit: () => ({ quitting: false }),
};
