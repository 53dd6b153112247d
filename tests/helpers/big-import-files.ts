import fs from 'node:fs';

/** Shopify Payments transactions: one charge with its fee per order #first … #first+count-1. */
export function writePaymentsCsv(file: string, first: number, count: number): void {
  const header =
    'Transaction Date,Type,Order,Card Brand,Card Source,Payout Status,Payout Date,Payout ID,Available On,Amount,Fee,Net,Checkout,Payment Method Name,Presentment Amount,Presentment Currency,Currency';
  const out = fs.openSync(file, 'w');
  try {
    fs.writeSync(out, `${header}\n`);
    for (let i = 0; i < count; i++) {
      const fee = (0.3 + (i % 40) / 10).toFixed(2);
      fs.writeSync(
        out,
        `2025-02-01 10:00:00 +0000,charge,#${first + i},visa,online,paid,2025-02-03,9${i},2025-02-03,40.00,${fee},${(40 - Number(fee)).toFixed(2)},c${i},card,40.00,CNY,CNY\n`,
      );
    }
  } finally {
    fs.closeSync(out);
  }
}

/** A catalog file in the template's own columns (no storefront columns): `count` new SKUs, one per product. */
export function writeProductsCsv(file: string, count: number): void {
  const header =
    '商品名称,商家编码,SKU名称,类目,品牌,条码,重量(克),采购成本（元）,包装成本（元）,头程运费(元),其他成本(元),库存,补货点,价格带';
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `压测商品 ${i},FLT-${String(i).padStart(6, '0')},规格 ${i % 7},家居,压测,,${200 + (i % 300)},${(10 + (i % 90)).toFixed(2)},0.50,0.30,0,${i % 50},5,中`,
  );
  fs.writeFileSync(file, `\uFEFF${header}\n${rows.join('\n')}\n`);
}
