import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { importOrderFiles, type ImportIo } from '../../electron/core/orders/import/run-order-import';
import { loadMapping } from '../../electron/core/orders/mappings';
import type { FileInspection } from '../../shared/domain/import-inspection';
import type { GenericImportSettings } from '../../shared/domain/order-mapping';
import type { Storefront } from '../../shared/domain/storefronts';
import {
  costOf,
  count,
  createProduct,
  createStorefront,
  tmallFields,
  value,
  type TempCore,
} from '../helpers/catalog-data';
import { tempCore } from '../helpers/temp-core';

const fixtures = fileURLToPath(new URL('../fixtures/orders/', import.meta.url));
const io: ImportIo = { progress: () => {}, cancelled: false };

let core: TempCore;
afterEach(async () => core?.cleanup());

const HEADER = 'Order No,Date,Item code,Qty,Price,Buyer,Mobile,Shipping,Status,Channel';
/** An ERP export no platform writes: invented people, one row per item, a day-first date in the last order. */
const ERP_ROWS = [
  'G-1001,2024-05-02 14:30,MUG-RED,2,45.00,Anna Li,13812345678,6.00,Dispatched,web',
  'G-1001,2024-05-02 14:30,LID-1,1,5.50,Anna Li,13812345678,6.00,Dispatched,web',
  'G-1002,2024-05-03 09:00,MUG-RED,1,45.00,Ben Wu,13900001111,0,Awaiting payment,shop',
  'G-1003,04/05/2024 08:15,MUG-RED,3,12.00,Chen Jing,13700002222,,Completed,web',
];

async function shop(): Promise<Storefront> {
  core = await tempCore('imports-inspect');
  await createProduct(core, {
    name: '陶瓷马克杯',
    skus: [{ code: 'MUG-RED', name: '红色', stockOnHand: 50, cost: costOf(2000) }],
  });
  return createStorefront(core, { ...tmallFields, name: 'ERP 门店', platform: 'offline' });
}

function writeFile(name: string, lines: string[]): string {
  const file = path.join(core.dir, name);
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

const inspect = (storefrontId: string, file: string, statusHeader?: string) =>
  value<FileInspection>(
    core.dispatch('imports', 'inspectFile', {
      storefrontId,
      path: file,
      ...(statusHeader ? { statusHeader } : {}),
    }),
  );

const importGeneric = (storefrontId: string, file: string) =>
  importOrderFiles(core.ctx.sqlite, { storefrontId, files: [file], format: 'generic' }, io);

const orderRow = (externalId: string) =>
  core.ctx.sqlite.prepare('SELECT * FROM orders WHERE external_id = ?').get(externalId) as Record<
    string,
    unknown
  >;

describe('imports.inspectFile', () => {
  it('reads a generic csv: header, sample rows, suggestion and the status values to map', async () => {
    const sf = await shop();
    const file = writeFile('erp-may.csv', ['', HEADER, ...ERP_ROWS]);
    const seen = await inspect(sf.id, file);
    expect(seen.headers).toEqual(HEADER.split(','));
    // The blank first line is skipped: the header is the first row with two filled cells.
    expect(seen.headerRow).toBe(2);
    expect(seen.sample).toHaveLength(4);
    expect(seen.sample[2]).toEqual(ERP_ROWS[2]!.split(','));
    expect(seen.detected).toBeNull();
    expect(seen.saved).toBeNull();
    expect(seen.suggested).toEqual({
      externalId: 'Order No',
      placedAt: 'Date',
      status: 'Status',
      sku: 'Item code',
      quantity: 'Qty',
      unitPrice: 'Price',
      shipping: 'Shipping',
      phone: 'Mobile',
      buyerId: 'Buyer',
    });
    expect(seen.statusHeader).toBe('Status');
    expect(seen.distinctStatuses).toEqual(['Dispatched', 'Awaiting payment', 'Completed']);
    // "Dispatched" is not a word the importer knows: the screen must ask for it.
    expect(seen.recognisedStatuses).toEqual({
      'Awaiting payment': 'pending_payment',
      Completed: 'completed',
    });

    // Another column's values when the person maps status to it.
    const channel = await inspect(sf.id, file, 'Channel');
    expect(channel.statusHeader).toBe('Channel');
    expect(channel.distinctStatuses).toEqual(['web', 'shop']);
    expect(channel.recognisedStatuses).toEqual({});
  });

  it('tells a known platform export apart, past its encoding and BOM', async () => {
    const sf = await shop();
    const taobao = await inspect(sf.id, path.join(fixtures, 'taobao-orders-gbk.csv'));
    expect(taobao.detected).toBe('taobao');
    expect(taobao.headers.slice(0, 3)).toEqual(['订单编号', '买家会员名', '买家支付宝账号']);
    expect(taobao.sample).toHaveLength(5);
    expect(taobao.sample[0]![1]).toBe('tb_lin_xiaoyu');
    expect(taobao.suggested).toMatchObject({ externalId: '订单编号', status: '订单状态' });
    expect(taobao.distinctStatuses).toContain('交易成功');
    expect(taobao.recognisedStatuses['交易成功']).toBe('completed');

    const items = await inspect(sf.id, path.join(fixtures, 'taobao-items-gbk.csv'));
    expect(items.detected).toBe('taobao');
    const douyin = await inspect(sf.id, path.join(fixtures, 'douyin-orders-bom.csv'));
    expect(douyin.detected).toBe('douyin');
    expect(douyin.headers[0]).toBe('主订单编号');
  });

  it('refuses a storefront or file that does not exist, and a file without a header row', async () => {
    const sf = await shop();
    const file = writeFile('erp.csv', [HEADER, ...ERP_ROWS]);
    expect(
      await core.dispatch('imports', 'inspectFile', { storefrontId: 'no-such-shop', path: file }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await core.dispatch('imports', 'inspectFile', {
        storefrontId: sf.id,
        path: path.join(core.dir, 'x.csv'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'path', message: 'fileMissing' }] },
    });
    expect(
      await core.dispatch('imports', 'inspectFile', { storefrontId: sf.id, path: 'relative/erp.csv' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'path' }] } });
    const lonely = writeFile('single-column.csv', ['just one column', 'a', 'b']);
    expect(
      await core.dispatch('imports', 'inspectFile', { storefrontId: sf.id, path: lonely }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'path', message: 'mappingHeaderMissing' }] },
    });
  });
});

describe('imports.saveMapping and the generic import', () => {
  const settings: GenericImportSettings = {
    mapping: {
      externalId: 'Order No',
      placedAt: 'Date',
      status: 'Status',
      sku: 'Item code',
      quantity: 'Qty',
      unitPrice: 'Price',
      shipping: 'Shipping',
      phone: 'Mobile',
      // The person says the Buyer column is a name, not the suggested buyer id.
      customerName: 'Buyer',
      buyerId: '',
    },
    statusValues: { Dispatched: 'shipped' },
    dayFirst: true,
  };

  it('imports a refused file once mapped, with the right figures; the next export reuses the mapping', async () => {
    const sf = await shop();
    const file = writeFile('erp-may.csv', [HEADER, ...ERP_ROWS]);

    // Before any mapping: the automatic import does not know the file, the generic one has no mapping.
    const auto = await importOrderFiles(
      core.ctx.sqlite,
      { storefrontId: sf.id, files: [file], format: 'auto' },
      io,
    );
    expect(auto.errors.map((e) => e.key)).toEqual(['orderFormatUnknown']);
    expect((await importGeneric(sf.id, file)).errors.map((e) => e.key)).toEqual(['mappingMissing']);
    expect(count(core, 'orders')).toBe(0);

    const seen = await inspect(sf.id, file);
    const saved = await value<GenericImportSettings>(
      core.dispatch('imports', 'saveMapping', { storefrontId: sf.id, headers: seen.headers, settings }),
    );
    // The blank buyer id is "not mapped", not a column named "".
    expect(saved.mapping).not.toHaveProperty('buyerId');
    expect(saved).toMatchObject({ statusValues: { Dispatched: 'shipped' }, dayFirst: true });
    expect(loadMapping(core.ctx.sqlite, sf.id, seen.headers)).toEqual(saved);
    expect((await inspect(sf.id, file)).saved).toEqual(saved);
    const audit = core.ctx.sqlite
      .prepare("SELECT entity_id, action FROM audit_log WHERE entity = 'importMapping'")
      .all();
    expect(audit).toEqual([{ entity_id: sf.id, action: 'save' }]);

    const result = await importGeneric(sf.id, file);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({
      format: 'generic',
      inserted: 3,
      updated: 0,
      lines: 4,
      unmatchedSkus: ['LID-1'],
    });

    // G-1001: 2 × 45.00 + 5.50, shipping 6.00 → paid 101.50; MUG-RED costs 20.00, the lid is unmatched (0).
    expect(orderRow('G-1001')).toMatchObject({
      status: 'shipped',
      placed_at: '2024-05-02T06:30:00.000Z',
      currency: 'CNY',
      line_count: 2,
      units: 3,
      gross_minor: 9550,
      shipping_income_minor: 600,
      total_paid_minor: 10150,
      cogs_base_minor: 4000,
      unmatched_lines: 1,
      buyer_name: 'Anna Li',
      buyer_phone: '13812345678',
      buyer_platform_id: null,
    });
    expect(orderRow('G-1002')).toMatchObject({ status: 'pending_payment', total_paid_minor: 4500 });
    // Day first: 04/05/2024 is 4 May, 08:15 in Shanghai; a blank shipping cell is 0.
    expect(orderRow('G-1003')).toMatchObject({
      status: 'completed',
      placed_at: '2024-05-04T00:15:00.000Z',
      gross_minor: 3600,
      shipping_income_minor: 0,
      total_paid_minor: 3600,
      cogs_base_minor: 6000,
    });

    // June's export has the same header row (a trailing delimiter and other spacing are the same layout).
    const june = writeFile('erp-june.csv', [
      'Order No, Date ,Item code,Qty,Price,Buyer,Mobile,Shipping,Status,Channel,',
      'G-1004,2024-06-01 10:00,MUG-RED,1,45.00,Anna Li,13812345678,0,Dispatched,web,',
    ]);
    expect((await inspect(sf.id, june)).saved).toEqual(saved);
    const next = await importGeneric(sf.id, june);
    expect(next.errors).toEqual([]);
    expect(next).toMatchObject({ inserted: 1, lines: 1 });
    expect(orderRow('G-1004')).toMatchObject({ status: 'shipped', total_paid_minor: 4500 });
    // Same phone: one customer across both files.
    expect(orderRow('G-1004').customer_id).toBe(orderRow('G-1001').customer_id);
    expect(count(core, 'orders')).toBe(4);
  });

  it('refuses a mapping that misses a field or names a column the file lacks, naming the field, and saves nothing', async () => {
    const sf = await shop();
    const headers = HEADER.split(',');
    const save = (mapping: Record<string, string>, over: object = {}) =>
      core.dispatch('imports', 'saveMapping', {
        storefrontId: sf.id,
        headers,
        settings: { mapping },
        ...over,
      });
    const issues = async (mapping: Record<string, string>) => {
      const answer = await save(mapping);
      expect(answer.ok).toBe(false);
      if (answer.ok) return [];
      expect(answer.error.code).toBe('INVALID_INPUT');
      return answer.error.issues;
    };

    expect(await issues({ externalId: 'Order No', unitPrice: 'Price' })).toEqual([
      { path: 'settings.mapping.placedAt', message: 'mappingFieldRequired' },
    ]);
    expect(await issues({ externalId: 'Order No', placedAt: 'Date' })).toEqual([
      { path: 'settings.mapping.unitPrice', message: 'mappingPriceRequired' },
    ]);
    expect(await issues({ externalId: 'Order No', placedAt: 'Order date', unitPrice: 'Price' })).toEqual([
      { path: 'settings.mapping.placedAt', message: 'mappingHeaderUnknown' },
    ]);
    expect(
      await issues({ externalId: 'Order No', placedAt: 'Date', unitPrice: 'Price', weight: 'Qty' }),
    ).toEqual([{ path: 'settings.mapping', message: 'mappingField' }]);
    const badStatus = await save(
      { externalId: 'Order No', placedAt: 'Date', unitPrice: 'Price' },
      {
        settings: {
          mapping: { externalId: 'Order No', placedAt: 'Date', unitPrice: 'Price' },
          defaultStatus: 'lost',
        },
      },
    );
    expect(badStatus).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'settings.defaultStatus', message: 'orderStatus' }] },
    });
    expect(count(core, 'import_mappings')).toBe(0);

    // A good mapping for a storefront that does not exist is NOT_FOUND, not a constraint failure.
    expect(
      await core.dispatch('imports', 'saveMapping', {
        storefrontId: 'no-such-shop',
        headers,
        settings: { mapping: { externalId: 'Order No', placedAt: 'Date', lineTotal: 'Price' } },
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count(core, 'import_mappings')).toBe(0);
  });
});
