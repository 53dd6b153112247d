import fs from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a Shopify "orders_export_1.csv" in the real shape (one row per line item, order columns only on the
 * order's first row), streamed so the bench can make a 500,000-line file without holding it. Invented data:
 * order i has `linesPerOrder` lines of SKU-<n>, ¥ prices, a 10 % discount on every fifth order.
 */
/** A Shopify storefront the generated exports fit: CNY, the shop's zone, Shopify Payments' 2.9 %, ¥8 shipping. */
export const SHOPIFY_CNY_STOREFRONT = {
  name: 'Shopify CN',
  platform: 'shopify',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  feeRules: {
    commissionRateBp: 0,
    paymentFeeRateBp: 290,
    fixedFeeMinor: 0,
    shippingCostMinor: 800,
    categoryCommissions: [],
  },
};

export const SHOPIFY_HEADER = [
  'Name',
  'Email',
  'Financial Status',
  'Paid at',
  'Fulfillment Status',
  'Currency',
  'Subtotal',
  'Shipping',
  'Taxes',
  'Total',
  'Discount Code',
  'Discount Amount',
  'Created at',
  'Lineitem quantity',
  'Lineitem name',
  'Lineitem price',
  'Lineitem sku',
  'Billing Name',
  'Shipping Name',
  'Shipping City',
  'Shipping Zip',
  'Shipping Country',
  'Cancelled at',
  'Refunded Amount',
  'Source',
  'Phone',
];

export interface ShopifyExportOptions {
  orders: number;
  linesPerOrder?: number;
  /** Order names start at #<firstNumber>. */
  firstNumber?: number;
  /** SKU codes cycle through SKU-00001 … SKU-<skuCount>. */
  skuCount?: number;
  /** Financial status of every order (default paid). */
  financialStatus?: string;
  startDate?: Date;
}

const money = (minor: number) => (minor / 100).toFixed(2);

export function shopifyRows(i: number, o: ShopifyExportOptions): string[][] {
  const lines = o.linesPerOrder ?? 2;
  const skuCount = o.skuCount ?? 1000;
  const number = (o.firstNumber ?? 1001) + i;
  const start = o.startDate ?? new Date(Date.UTC(2025, 0, 1));
  const created = new Date(start.getTime() + i * 97_000);
  const stamp = created.toISOString().replace('T', ' ').slice(0, 19) + ' +0000';
  const items = Array.from({ length: lines }, (_, l) => {
    const n = ((i * lines + l) % skuCount) + 1;
    return { sku: `SKU-${String(n).padStart(5, '0')}`, price: 1000 + (n % 50) * 100, qty: 1 + ((i + l) % 2) };
  });
  const gross = items.reduce((s, it) => s + it.price * it.qty, 0);
  const discount = i % 5 === 0 ? Math.round(gross / 10) : 0;
  const shipping = 800;
  const subtotal = gross - discount;
  return items.map((it, l) => {
    const first = l === 0;
    const order = (v: string) => (first ? v : '');
    return [
      `#${number}`,
      order(`buyer${i % 5000}@example.com`),
      order(o.financialStatus ?? 'paid'),
      order(stamp),
      order('fulfilled'),
      order('CNY'),
      order(money(subtotal)),
      order(money(shipping)),
      order('0.00'),
      order(money(subtotal + shipping)),
      order(discount ? 'WELCOME10' : ''),
      order(money(discount)),
      stamp,
      String(it.qty),
      `Product ${it.sku}`,
      money(it.price),
      it.sku,
      order(`Buyer ${i % 5000}`),
      order(`Buyer ${i % 5000}`),
      order('Hangzhou'),
      order('310000'),
      order('CN'),
      '',
      order('0.00'),
      order('web'),
      order(''),
    ];
  });
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Streams the export to `file`; returns the number of line rows written. */
export async function writeShopifyExport(file: string, o: ShopifyExportOptions): Promise<number> {
  const out = fs.createWriteStream(file);
  out.write(SHOPIFY_HEADER.join(',') + '\n');
  let rows = 0;
  for (let i = 0; i < o.orders; i++) {
    const text = shopifyRows(i, o)
      .map((r) => r.map(csvCell).join(','))
      .join('\n');
    rows += o.linesPerOrder ?? 2;
    if (!out.write(text + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}
