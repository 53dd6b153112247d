import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProductsFile } from '../../electron/core/catalog/import/run-import';
import { importFeeFiles } from '../../electron/core/orders/import/run-fee-import';
import { importOrderFiles } from '../../electron/core/orders/import/run-order-import';
import { contentFingerprint, rowCounts } from '../helpers/db-fingerprint';
import { createStorefront, shopifyFields, tmallFields, value, type TempCore } from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';
import { malformedCorpus, writeMalformedCorpus } from '../fixtures/malformed/make-malformed';

/**
 * The malformed corpus (tests/fixtures/malformed/make-malformed.ts) through the three importers: each file is
 * refused with the key that names what is wrong, the database keeps every row as it was, and memory stays
 * bounded. (The job path around the importers is covered by disk-full.test.ts and the import tests.)
 */

const fixture = (dir: string, name: string) =>
  fileURLToPath(new URL(`../fixtures/${dir}/${name}`, import.meta.url));
const firstRows = (file: string, skip = 0) =>
  (parse(fs.readFileSync(file), { bom: true, relax_column_count: true }) as string[][]).slice(skip, skip + 2);

type Importer = 'orders' | 'fees' | 'products';
/** The key each importer gives each file; where it is the same for all three, one string. */
const expected: Record<string, string | Record<Importer, string>> = {
  'empty.csv': 'fileEmpty',
  'header-only.csv': 'noRows',
  'utf16-no-bom-cjk.csv': {
    orders: 'orderFormatUnknown',
    fees: 'feeFormatUnknown',
    products: 'headerNotFound',
  },
  'shift-jis.csv': { orders: 'orderFormatUnknown', fees: 'feeFormatUnknown', products: 'headerNotFound' },
  'random-bytes.csv': 'fileBinary',
  'nul-bytes.csv': 'fileBinary',
  'png-renamed.csv': 'fileBinary',
  'unclosed-quote.csv': 'fileQuoteUnclosed',
  'deep-quotes.csv': 'fileQuoteUnclosed',
  'big-cell.csv': 'fileRowTooLong',
  'many-columns.csv': 'fileTooManyColumns',
  'zip-bomb.xlsx': 'xlsxTooLarge',
  'formula-uncomputed.xlsx': 'cellFormulaUncomputed',
  'renamed-zip.xlsx': 'xlsxNotWorkbook',
  'truncated.xlsx': 'xlsxDamaged',
};

let core: TempCore;
let storefrontId: string;

const io = { progress: () => undefined, cancelled: false };

/**
 * The importers themselves, on the core's connection: exactly what the job worker runs, without starting a
 * worker thread per file (from source each one loads the whole core through tsx again).
 */
async function runImport(importer: Importer, file: string) {
  const summary =
    importer === 'products'
      ? await importProductsFile(core.ctx.sqlite, file, io)
      : importer === 'orders'
        ? await importOrderFiles(core.ctx.sqlite, { storefrontId, files: [file], format: 'auto' }, io)
        : await importFeeFiles(core.ctx.sqlite, { storefrontId, files: [file] }, io);
  return summary as {
    inserted: number;
    updated: number;
    errors: { key: string; row: number; message: string }[];
  };
}

beforeAll(async () => {
  core = await tempCore('channeldesk-malformed');
  await value(core.dispatch('fx', 'add', { currency: 'USD', date: '2020-01-01', rate: '7.1' }));
  // The storefronts the catalog fixture's price columns name.
  await createStorefront(core, { ...tmallFields, name: '天猫旗舰店' });
  storefrontId = (await createStorefront(core, { ...shopifyFields, name: 'Shopify Global' })).id;
  // A shop holding data, so "nothing written" is checked against real rows.
  const products = await runImport('products', fixture('catalog', 'products-utf8.csv'));
  expect(products.errors).toEqual([]);
  const orders = await runImport('orders', fixture('orders', 'shopify-orders.csv'));
  expect(orders.errors).toEqual([]);
  expect(orders.inserted).toBeGreaterThan(0);
}, 60_000);
afterAll(async () => core.cleanup(), 60_000);

const corpusFor: Record<Importer, () => string[][]> = {
  orders: () => firstRows(fixture('orders', 'shopify-orders.csv')),
  fees: () => firstRows(fixture('orders', 'shopify-payments.csv')),
  // The template's first line is a title; the header is the second.
  products: () => firstRows(fixture('catalog', 'products-utf8.csv'), 1),
};

let refused = 0;

describe.each(['orders', 'fees', 'products'] as const)('malformed files through import %s', (importer) => {
  it(`refuses all ${malformedCorpus.length} with the key that names the problem, writing nothing`, async () => {
    const [header, row] = corpusFor[importer]();
    const files = await writeMalformedCorpus(path.join(core.dir, importer), header!, row!);
    expect(files).toHaveLength(malformedCorpus.length);
    // Every file is tried before anything is asserted, so one table shows every file that went wrong.
    const outcomes: Record<string, string> = {};
    const problems: string[] = [];
    for (const entry of files) {
      const countsBefore = rowCounts(core.ctx.sqlite);
      const before = contentFingerprint(core.ctx.sqlite);
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const started = Date.now();
      let summary;
      try {
        summary = await runImport(importer, entry.file);
      } finally {
        clearInterval(sampler);
      }
      outcomes[entry.name] = summary.errors.map((e) => e.key).join(',');
      const seconds = (Date.now() - started) / 1000;
      const megabytes = (peak - rssBefore) / 1024 ** 2;
      if (summary.inserted + summary.updated > 0) problems.push(`${entry.name}: wrote orders`);
      if (!summary.errors[0]?.message) problems.push(`${entry.name}: no message`);
      if (JSON.stringify(rowCounts(core.ctx.sqlite)) !== JSON.stringify(countsBefore))
        problems.push(`${entry.name}: row counts changed`);
      if (JSON.stringify(contentFingerprint(core.ctx.sqlite)) !== JSON.stringify(before))
        problems.push(`${entry.name}: rows changed`);
      // A zip bomb or a 10 MB cell never sits in memory whole, let alone inflated.
      if (megabytes > 200) problems.push(`${entry.name}: ${megabytes.toFixed(0)} MB of memory`);
      // Generous for a loaded 2-core CI machine; a guard that does not stop the reader makes minutes.
      if (seconds > 30) problems.push(`${entry.name}: ${seconds.toFixed(1)} s`);
      refused++;
    }
    const want = Object.fromEntries(
      files.map((f) => {
        const key = expected[f.name]!;
        return [f.name, typeof key === 'string' ? key : key[importer]];
      }),
    );
    expect(outcomes).toEqual(want);
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('the corpus as a whole', () => {
  it('was refused file by file, 3 importers × every file', () => {
    expect(refused).toBe(3 * malformedCorpus.length);
    expect(Object.keys(expected).sort()).toEqual(malformedCorpus.map((f) => f.name).sort());
  });
});
