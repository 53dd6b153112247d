import type { DemoStatus } from '../../../shared/domain/demo';
import type { Storefront } from '../../../shared/domain/storefronts';
import type { StaffMember } from '../../../shared/domain/staff';
import { optionalString, parseCommand } from '../args';
import { rejected } from '../errors';
import { call, withCore } from '../open-core';
import { createOutput } from '../output';
import { openDemoShop } from '../../core/demo/service';
import { seedNumber } from '../../core/demo/demo-catalog';

/** `demo [--orders N] [--seed S]`: the demo shop, only into an empty database (never mixed with real data). */
export async function demoCommand(args: string[]): Promise<void> {
  const cmd = parseCommand(args, { orders: { type: 'string' }, seed: { type: 'string' } });
  const out = createOutput(cmd.json);
  const ordersText = optionalString(cmd, 'orders');
  if (ordersText !== undefined && !/^\d{1,9}$/.test(ordersText.trim())) {
    throw rejected(`--orders must be a whole number of orders (0 or more), got "${ordersText}"`);
  }
  const seed = optionalString(cmd, 'seed');
  // Seeds the generated catalog now (and the generated orders once they exist): same seed, same shop.
  if (seed !== undefined && !seed.trim()) throw rejected('--seed must not be empty');
  const orders = ordersText === undefined ? 0 : Number(ordersText);

  const { storefronts, staff } = await withCore(cmd.dbFile, async (core) => {
    if (seed === undefined) await call<DemoStatus>(core, 'demo', 'open', undefined);
    // The API call takes no options (the app has one demo shop); a chosen seed goes to the service directly.
    else await openDemoShop(core.ctx.db, core.ctx.sqlite, seedNumber(seed));
    return {
      storefronts: await call<Storefront[]>(core, 'storefronts', 'list', undefined),
      staff: await call<StaffMember[]>(core, 'staff', 'list', undefined),
    };
  });
  // Demo orders come with the orders feature; until then the shop is storefronts and staff only.
  if (orders > 0)
    out.note(`Note: demo orders are not available in this version yet; --orders ${orders} was ignored.`);
  out.result(
    { file: cmd.dbFile, storefronts: storefronts.map((s) => s.name), staff: staff.length, orders: 0 },
    () =>
      `Demo shop created in ${cmd.dbFile}: ${storefronts.length} storefronts (${storefronts.map((s) => s.name).join(', ')}), ${staff.length} staff`,
  );
}
