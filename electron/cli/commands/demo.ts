import type { Storefront } from '../../../shared/domain/storefronts';
import type { StaffMember } from '../../../shared/domain/staff';
import { optionalString, parseCommand } from '../args';
import { rejected } from '../errors';
import { call, withCore } from '../open-core';
import { createOutput } from '../output';
import { createDemoShop } from '../../core/demo/service';
import { DEFAULT_DEMO_SEED, seedNumber } from '../../core/demo/demo-catalog';
import { DEFAULT_DEMO_ORDERS } from '../../core/demo/demo-orders';

/** Below this many orders the demo takes a few seconds and needs no progress lines. */
const PROGRESS_FROM = 50_000;

/** `demo [--orders N] [--seed S]`: the demo shop, only into an empty database (never mixed with real data). */
export async function demoCommand(args: string[]): Promise<void> {
  const cmd = parseCommand(args, { orders: { type: 'string' }, seed: { type: 'string' } });
  const out = createOutput(cmd.json);
  const ordersText = optionalString(cmd, 'orders');
  if (ordersText !== undefined && !/^\d{1,9}$/.test(ordersText.trim())) {
    throw rejected(`--orders must be a whole number of orders (0 or more), got "${ordersText}"`);
  }
  const seed = optionalString(cmd, 'seed');
  // The seed drives the catalog and the orders: same seed (on the same day), same shop.
  if (seed !== undefined && !seed.trim()) throw rejected('--seed must not be empty');
  const orders = ordersText === undefined ? DEFAULT_DEMO_ORDERS : Number(ordersText);

  const started = Date.now();
  let shownStep = 0;
  const onProgress = (done: number, total: number): void => {
    // Every 10 %: enough to see it move, few enough lines for a log file.
    const step = Math.floor((done / total) * 10);
    if (total < PROGRESS_FROM || step === shownStep) return;
    shownStep = step;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    out.note(
      `Demo orders: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} (${seconds} s)`,
    );
  };
  const { storefronts, staff, written } = await withCore(cmd.dbFile, async (core) => {
    // The API call `demo:open` takes no options (the app has one demo shop): the CLI calls the service itself.
    const shop = await createDemoShop(core.ctx.db, core.ctx.sqlite, {
      seed: seed === undefined ? DEFAULT_DEMO_SEED : seedNumber(seed),
      orders,
      onProgress,
    });
    return {
      storefronts: await call<Storefront[]>(core, 'storefronts', 'list', undefined),
      staff: await call<StaffMember[]>(core, 'staff', 'list', undefined),
      written: shop.orders,
    };
  });
  out.result(
    {
      file: cmd.dbFile,
      storefronts: storefronts.map((s) => s.name),
      staff: staff.length,
      orders: written.orders,
      lines: written.lines,
      customers: written.customers,
    },
    () =>
      `Demo shop created in ${cmd.dbFile}: ${storefronts.length} storefronts (${storefronts.map((s) => s.name).join(', ')}), ` +
      `${staff.length} staff, ${written.orders.toLocaleString('en-US')} orders from ${written.customers.toLocaleString('en-US')} customers`,
  );
}
