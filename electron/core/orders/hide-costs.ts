import type { OrderDetail } from '../../../shared/domain/order-detail';

/**
 * The order page as the service role may see it (PRODUCT.md §10, like the dashboard's costsHiddenFor): no
 * unit costs, COGS, fees, shipping cost or profit. Sales figures, refunds and lines stay: an agent needs them.
 */
export function withoutCosts(order: OrderDetail): OrderDetail {
  return {
    ...order,
    amounts: { ...order.amounts, cogsBaseMinor: null, feesMinor: null, shippingCostMinor: null },
    lines: order.lines.map((l) => ({ ...l, unitCostBaseMinor: null })),
    fees: [],
    profit: {
      available: false,
      hidden: true,
      baseCurrency: order.profit.baseCurrency,
      currency: order.profit.currency,
    },
  };
}
