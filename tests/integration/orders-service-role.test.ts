import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderDetail } from '../../shared/domain/order-detail';
import type { StaffMember } from '../../shared/domain/staff';
import { value } from '../helpers/catalog-data';
import { orderShop, type OrderShop } from '../helpers/order-shop';
import { tempCore } from '../helpers/temp-core';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: OrderShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-order-role');
  shop = await orderShop(core);
});
afterEach(() => core.cleanup());

const detail = (id: string) => value<OrderDetail>(core.dispatch('orders', 'get', { id }));
const actAs = async (name: string, role: StaffMember['role']) => {
  const member = await value<StaffMember>(core.dispatch('staff', 'create', { name, role }));
  await value(core.dispatch('settings', 'update', { actingStaffId: member.id }));
};

describe('the order page for the service role (PRODUCT.md §10)', () => {
  it('leaves out unit costs, COGS, fees, shipping cost and the profit waterfall; sales and refunds stay', async () => {
    const id = shop.ids.get('3301000000000001')!;
    const owner = await detail(id);
    expect(owner.profit.available).toBe(true);
    const cogs = owner.amounts.cogsBaseMinor!;
    expect(cogs).toBe(6000);
    expect(owner.lines[0]!.unitCostBaseMinor).toBe(3000);

    await actAs('张客服', 'service');
    const agent = await detail(id);
    expect(agent.profit).toEqual({ available: false, hidden: true, baseCurrency: 'CNY', currency: 'CNY' });
    expect(agent.amounts).toMatchObject({ cogsBaseMinor: null, feesMinor: null, shippingCostMinor: null });
    expect(agent.lines.map((l) => l.unitCostBaseMinor)).toEqual([null]);
    expect(agent.fees).toEqual([]);
    // What an agent needs is still there.
    expect(agent.amounts.totalPaidMinor).toBe(owner.amounts.totalPaidMinor);
    expect(agent.lines[0]!.unitPriceMinor).toBe(5000);
    expect(agent.tickets).toEqual(owner.tickets);
    expect(JSON.stringify(agent)).not.toMatch(/"(grossProfit|cogs)"/);

    // An operator taking over sees the figures again.
    await actAs('王运营', 'operator');
    expect((await detail(id)).profit.available).toBe(true);
  });
});
