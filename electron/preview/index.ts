import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { EventMap } from '../../shared/api/events';
import { beginCore } from '../core/recovery/host';
import { WINDOW_QUIET_START } from '../core/recovery/quiet-start';
import { defaultDbFile } from '../core/paths';
import { startScheduledReport } from '../core/reports/handlers';
import { ensureRendererBuilt } from './renderer-build';
import { startPreviewServer, type Subscribe } from './server';

type Listener = Parameters<Subscribe>[0];

// From source (electron/preview/index.ts) and as the bundle (out/main/preview.js) the project is two levels up.
const root = fileURLToPath(new URL('../../', import.meta.url));
const here = path.dirname(fileURLToPath(import.meta.url));
/** The bundle runs jobs in the bundled worker beside it; from source the runner's tsx entry is used. */
const bundledWorker = path.join(here, 'jobWorker.js');
const workerEntry =
  path.basename(fileURLToPath(import.meta.url)) === 'preview.js' ? bundledWorker : undefined;
const log = (message: string): void => void process.stderr.write(`${message}\n`);
// CHANNELDESK_STARTUP_TRACE=1: ms since the process started at each startup step and around every API call,
// on stderr, so tests/bench/cold-start-timeline.ts can break the cold start down from measurements.
const tracing = Boolean(process.env.CHANNELDESK_STARTUP_TRACE);
const trace = (label: string): void => {
  if (tracing) log(`trace ${performance.now().toFixed(1)} ${label}`);
};

async function main(): Promise<number> {
  trace(`main: bundle loaded, process started at ${performance.timeOrigin.toFixed(0)}`);
  let values: { db?: string; port?: string };
  try {
    ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true }));
  } catch (err) {
    log(`${(err as Error).message}\nUsage: npm run preview -- [--db FILE] [--port N]`);
    return 1;
  }
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    log(`--port must be a whole number from 0 to 65535 (0 = any free port), got "${values.port}"`);
    return 1;
  }
  ensureRendererBuilt(root, log);
  trace('renderer checked');

  // One fan-out for the core's events: each open /api/events stream subscribes and unsubscribes here.
  const listeners = new Set<Listener>();
  const emit = <E extends keyof EventMap>(event: E, payload: EventMap[E]): void => {
    for (const listener of listeners) listener(event, payload);
  };
  let shutdown: () => void = () => undefined;
  // A damaged or future database opens the recovery screen instead of failing here (recovery/host.ts); an
  // older one is upgraded while the page shows the progress, so the server starts before the file is open.
  const core = beginCore({
    dbFile: path.resolve(values.db ?? defaultDbFile()),
    emit,
    autoBackup: true,
    // The full check and the start's backup wait until the page's first figures are answered.
    backgroundStart: WINDOW_QUIET_START,
    workerEntry,
    onQuit: () => shutdown(),
    log,
  });
  const dispatch: typeof core.dispatch = !tracing
    ? core.dispatch
    : async (namespace, method, input) => {
        trace(`call ${namespace}.${method} start`);
        try {
          return await core.dispatch(namespace, method, input);
        } finally {
          trace(`call ${namespace}.${method} end`);
        }
      };
  const server = await startPreviewServer({
    dispatch,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    staticDir: path.join(root, 'out', 'renderer'),
    port,
  });
  trace('listening');
  process.stdout.write(`ChannelDesk preview: ${server.url}\n`);
  await core.ready;
  trace('core ready');
  startScheduledReport(core.current(), log);

  let closing = false;
  shutdown = (): void => {
    if (closing) return;
    closing = true;
    void server
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    log(`ChannelDesk preview could not start: ${(err as Error)?.message ?? String(err)}`);
    process.exitCode = 3;
  },
);
