import { describe, expect, it } from 'vitest';
import {
  emptyNewCost,
  emptyProduct,
  errorsFromIssues,
  formField,
  toCostInput,
  toListingInput,
  toProductInput,
  toSkuEditInput,
  skuDetailValuesFrom,
  toStockInput,
} from '../../renderer/src/features/catalog/catalog-form-values';

const product = {
  ...emptyProduct(),
  name: '保温杯 500ml',
  category: '家居',
  code: 'CUP-500-BLK',
  skuName: '黑色',
  purchase: '12.34',
  packaging: '0.1',
  inboundFreight: '0.07',
  other: '0',
  stockOnHand: '120',
  reorderPoint: '20',
};

describe('catalog form values', () => {
  it('edits a SKU’s details: barcode and weight in grams, empty clears them, bad weight is refused', () => {
    const sku = {
      id: 'S1',
      productId: 'P1',
      code: 'CUP-1',
      name: '黑色',
      barcode: null,
      weightG: 380,
      stockOnHand: 5,
      reorderPoint: 2,
      priceBand: 'mid' as const,
      archived: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const values = skuDetailValuesFrom(sku);
    expect(values).toEqual({
      code: 'CUP-1',
      skuName: '黑色',
      barcode: '',
      weight: '380',
      reorderPoint: '2',
      band: 'mid',
    });
    expect(toSkuEditInput({ ...values, barcode: ' 6901234567890 ', weight: '' }, sku).input).toEqual({
      productId: 'P1',
      id: 'S1',
      code: 'CUP-1',
      name: '黑色',
      barcode: '6901234567890',
      weightG: null,
      reorderPoint: 2,
      priceBand: 'mid',
    });
    expect(toSkuEditInput({ ...values, weight: '1.5' }, sku).errors).toEqual({ weight: 'weight' });
    expect(formField('skus.0.weightG')).toBe('weight');
  });

  it('converts major units to minor units exactly (no float drift)', () => {
    const { input, errors } = toProductInput(product, 'CNY');
    expect(errors).toBeUndefined();
    expect(input?.skus[0]).toMatchObject({
      code: 'CUP-500-BLK',
      name: '黑色',
      stockOnHand: 120,
      reorderPoint: 20,
      priceBand: 'mid',
      cost: { purchaseMinor: 1234, packagingMinor: 10, inboundFreightMinor: 7, otherMinor: 0 },
    });
    expect(input?.brand).toBeNull();
    // 0.1 + 0.2 in floats is 0.30000000000000004; the text path must give exactly 30.
    expect(toProductInput({ ...product, purchase: '0.3' }, 'CNY').input?.skus[0]?.cost.purchaseMinor).toBe(
      30,
    );
    expect(
      toProductInput({ ...product, purchase: '８', packaging: '1', inboundFreight: '2' }, 'JPY').input
        ?.skus[0]?.cost.purchaseMinor,
    ).toBe(8);
  });

  it('puts schema and conversion errors on the form fields as validation keys', () => {
    const { errors } = toProductInput(
      {
        ...product,
        name: ' ',
        code: '',
        skuName: '',
        purchase: '1.234',
        packaging: '-1',
        stockOnHand: '1.5',
      },
      'CNY',
    );
    expect(errors).toMatchObject({
      name: 'required',
      code: 'required',
      skuName: 'required',
      purchase: 'amount',
      packaging: 'minorUnits',
      stockOnHand: 'count',
    });
    expect(toProductInput({ ...product, purchase: '0.5' }, 'JPY').errors).toMatchObject({
      purchase: 'amount',
    });
  });

  it('maps contract paths of server issues to fields', () => {
    expect(formField('skus.0.cost.inboundFreightMinor')).toBe('inboundFreight');
    expect(formField('skus.0.name')).toBe('skuName');
    expect(formField('priceMinor')).toBe('price');
    expect(errorsFromIssues([{ path: 'skus.0.code', message: 'codeTaken' }])).toEqual({ code: 'codeTaken' });
  });

  it('builds a dated cost row with a zone and a listing in the storefront currency', () => {
    const cost = toCostInput(
      { ...emptyNewCost(), purchase: '9.99', effectiveFrom: '2026-12-01T08:00' },
      's1',
      'CNY',
    );
    expect(cost.input).toMatchObject({ skuId: 's1', purchaseMinor: 999, packagingMinor: 0 });
    expect(cost.input?.effectiveFrom).toMatch(/^2026-1[12]-\d\dT\d\d:00:00\.000Z$/);
    expect(toCostInput(emptyNewCost(), 's1', 'CNY').input?.effectiveFrom).toBeUndefined();

    const values = {
      storefrontId: 'sf',
      externalSkuId: '',
      externalItemId: '',
      price: '1999',
      floor: '',
      status: 'on_sale' as const,
    };
    expect(toListingInput(values, 's1', 'JPY').input).toMatchObject({
      priceMinor: 1999,
      priceFloorMinor: null,
    });
    expect(
      toListingInput({ ...values, price: '19.9', floor: '15' }, 's1', 'USD', { overrideReason: 'clearance' })
        .input,
    ).toMatchObject({
      priceMinor: 1990,
      priceFloorMinor: 1500,
      overrideReason: 'clearance',
    });
    expect(toListingInput({ ...values, storefrontId: '' }, 's1', 'CNY').errors).toMatchObject({
      storefrontId: 'required',
    });
  });

  it('checks stock changes like main does', () => {
    const base = { kind: 'adjustment' as const, quantity: '-3', reason: '', ref: '', allowNegative: false };
    expect(toStockInput(base, 's1').errors).toEqual({ reason: 'reasonRequired' });
    expect(toStockInput({ ...base, kind: 'receipt' }, 's1').errors).toEqual({ quantity: 'receiptPositive' });
    expect(toStockInput({ ...base, quantity: 'x' }, 's1').errors?.quantity).toBe('quantity');
    expect(toStockInput({ ...base, reason: '盘点' }, 's1').input).toMatchObject({
      quantity: -3,
      reason: '盘点',
    });
  });
});
