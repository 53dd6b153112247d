import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { notFound } from '../../../shared/api/result';
import type { OrderDetail, OrderProfitView, WaterfallStep } from '../../../shared/domain/order-detail';
import type { OrderStatus } from '../../../shared/domain/orders';
import type { TicketState, TicketType } from '../../../shared/domain/tickets';
import { orderProfit, type ProfitAmount } from '../../../shared/logic/order-profit';
import { mul, frac, roundHalfAwayFromZero } from '../../../shared/logic/fraction';
import { findStorefront } from '../storefronts/repo';
import { rateOn } from '../fx/service';
import { getSettings } from '../settings/service';
import { firstStatusOf } from './status-history';

/** Everything the order page shows: the order, its lines with their SKUs, customer, history, fees and profit. */
export async function getOrder(db: Kysely<Database>, id: string): Promise<OrderDetail> {
  const o = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
  if (!o) throw notFound('order', id);
  const storefront = await findStorefront(db, o.storefront_id);
  if (!storefront) throw notFound('storefront', o.storefront_id);

  const lines = await db
    .selectFrom('order_lines as l')
    .leftJoin('skus as s', 's.id', 'l.sku_id')
    .leftJoin('products as p', 'p.id', 's.product_id')
    .select([
      'l.line_no',
      'l.sku_code',
      'l.title',
      'l.quantity',
      'l.unit_price_minor',
      'l.line_discount_minor',
      'l.unit_cost_base_minor',
      's.id as sku_id',
      's.code as code',
      's.name as sku_name',
      'p.id as product_id',
      'p.name as product_name',
      'p.category as category',
    ])
    .where('l.order_id', '=', id)
    .orderBy('l.line_no')
    .execute();

  const written = await db
    .selectFrom('order_status_history')
    .select(['status', 'refunded_minor', 'at', 'import_id'])
    .where('order_id', '=', id)
    .orderBy('id')
    .execute();
  // An order never changed has no history rows: its one state is the row itself (orders/status-history.ts).
  const history = written.length ? written : [firstStatusOf(o)];
  const tickets = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'type', 'state', 'subject', 'refund_minor', 'created_at'])
    .where('order_id', '=', id)
    .orderBy('number')
    .execute();
  const fees = await db
    .selectFrom('order_fees')
    .select(['kind', 'amount_minor', 'currency', 'source_ref'])
    .where('order_id', '=', id)
    .orderBy('id')
    .execute();

  let customer: OrderDetail['customer'] = null;
  if (o.customer_id) {
    const c = await db
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('id', '=', o.customer_id)
      .executeTakeFirst();
    if (c) {
      // Both counts read orders_customer (customer_id, placed_at) only as far as this customer's rows.
      const counts = await db
        .selectFrom('orders')
        .select((eb) => [
          eb.fn.countAll<number>().as('all'),
          eb.fn
            .sum<number>(eb.case().when('storefront_id', '!=', o.storefront_id).then(1).else(0).end())
            .as('other'),
        ])
        .where('customer_id', '=', c.id)
        .executeTakeFirstOrThrow();
      customer = {
        id: c.id,
        name: c.name,
        orders: Number(counts.all),
        otherStorefrontOrders: Number(counts.other ?? 0),
      };
    }
  }

  const amounts = {
    grossMinor: o.gross_minor,
    lineDiscountMinor: o.line_discount_minor,
    orderDiscountMinor: o.order_discount_minor,
    platformDiscountMinor: o.platform_discount_minor,
    shippingIncomeMinor: o.shipping_income_minor,
    taxMinor: o.tax_minor,
    totalPaidMinor: o.total_paid_minor,
    refundedMinor: o.refunded_minor,
    cogsBaseMinor: o.cogs_base_minor,
    feesMinor: o.fees_minor,
    shippingCostMinor: o.shipping_cost_minor,
  };

  const { baseCurrency } = await getSettings(db);
  const rates: Record<string, string> = {};
  let missing: { currency: string; date: string } | null = null;
  for (const currency of new Set([o.currency, storefront.currency])) {
    if (currency === baseCurrency) continue;
    const rate = await rateOn(db, currency, o.placed_date);
    if (rate) rates[currency] = rate.rate;
    else missing ??= { currency, date: o.placed_date };
  }
  const profit: OrderProfitView = missing
    ? { available: false, baseCurrency, currency: o.currency, missingRate: missing }
    : waterfall(
        orderProfit(
          {
            ...amounts,
            currency: o.currency,
            lines: lines.map((l) => ({
              quantity: l.quantity,
              unitPriceMinor: l.unit_price_minor,
              lineDiscountMinor: l.line_discount_minor,
              category: l.category ?? null,
            })),
          },
          storefront,
          { baseCurrency, rates },
        ),
      );

  return {
    id: o.id,
    storefront: {
      id: storefront.id,
      name: storefront.name,
      platform: storefront.platform,
      currency: storefront.currency,
    },
    externalId: o.external_id,
    placedAt: o.placed_at,
    placedDate: o.placed_date,
    paidAt: o.paid_at,
    status: o.status as OrderStatus,
    afterSales: o.after_sales === 1,
    currency: o.currency,
    buyer: {
      name: o.buyer_name,
      phone: o.buyer_phone,
      email: o.buyer_email,
      platformId: o.buyer_platform_id,
    },
    shipping: {
      name: o.ship_name,
      phone: o.ship_phone,
      address: o.ship_address,
      city: o.ship_city,
      province: o.ship_province,
      zip: o.ship_zip,
      country: o.ship_country,
    },
    amounts,
    unmatchedLines: o.unmatched_lines,
    source: o.source,
    promotionCodes: o.promotion_codes ? (JSON.parse(o.promotion_codes) as string[]) : [],
    note: o.note,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      skuCode: l.sku_code,
      title: l.title,
      quantity: l.quantity,
      unitPriceMinor: l.unit_price_minor,
      lineDiscountMinor: l.line_discount_minor,
      sku:
        l.sku_id && l.code && l.sku_name && l.product_id && l.product_name
          ? {
              id: l.sku_id,
              code: l.code,
              name: l.sku_name,
              productId: l.product_id,
              productName: l.product_name,
            }
          : null,
      unitCostBaseMinor: l.unit_cost_base_minor,
    })),
    customer,
    statusHistory: history.map((h) => ({
      status: h.status as OrderStatus,
      refundedMinor: h.refunded_minor,
      at: h.at,
      importId: h.import_id,
    })),
    fees: fees.map((f) => ({
      kind: f.kind,
      amountMinor: f.amount_minor,
      currency: f.currency,
      sourceRef: f.source_ref,
    })),
    profit,
    tickets: tickets.map((t) => ({
      id: t.id,
      number: t.number,
      type: t.type as TicketType,
      state: t.state as TicketState,
      subject: t.subject,
      refundMinor: t.refund_minor,
      createdAt: t.created_at,
    })),
  };
}

const NEGATIVE: ReadonlySet<WaterfallStep['key']> = new Set([
  'discounts',
  'refunds',
  'cogs',
  'fees',
  'shippingCost',
]);

/**
 * The exact profit as the page draws it: gross sales → − discounts → − refunds = net sales → + shipping income
 * → − COGS → − fees → − shipping cost = gross profit. Each figure is rounded once from its exact value.
 */
function waterfall(p: ReturnType<typeof orderProfit>): OrderProfitView {
  const step = (key: WaterfallStep['key'], amount: ProfitAmount, total = false): WaterfallStep => {
    const sign = NEGATIVE.has(key) ? -1 : 1;
    return {
      key,
      baseMinor: sign * roundHalfAwayFromZero(amount.base) || 0,
      orderMinor: sign * roundHalfAwayFromZero(amount.order) || 0,
      total,
    };
  };
  return {
    available: true,
    baseCurrency: p.baseCurrency,
    currency: p.currency,
    steps: [
      step('grossSales', p.grossSales),
      step('discounts', p.discounts),
      step('refunds', p.refunds),
      step('netSales', p.netSales, true),
      step('shippingIncome', p.shippingIncome),
      step('cogs', p.cogs),
      step('fees', p.fees),
      step('shippingCost', p.shippingCost),
      step('grossProfit', p.grossProfit, true),
    ],
    feesSource: p.feesSource,
    shippingCostSource: p.shippingCostSource,
    grossMarginBp: p.grossMargin ? roundHalfAwayFromZero(mul(p.grossMargin, frac(10_000))) : null,
  };
}
