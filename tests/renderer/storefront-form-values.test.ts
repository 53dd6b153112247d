import { describe, expect, it } from 'vitest';
import { schemaResolver } from '@mantine/form';
import {
  emptyValues,
  formField,
  storefrontFormSchema,
  toInput,
  valuesFrom,
} from '../../renderer/src/features/storefronts/storefront-form-values';

describe('storefront form values', () => {
  it('round-trips a storefront through the form without losing a cent or a basis point', () => {
    const values = {
      ...emptyValues('JPY', 'Asia/Tokyo'),
      name: 'Rakuten',
      platform: 'other' as const,
      commission: '12.5',
      fixedFee: '30',
      shipping: '550',
    };
    const converted = toInput(values);
    expect(converted.errors).toBeUndefined();
    expect(converted.input?.feeRules).toEqual({
      commissionRateBp: 1250,
      paymentFeeRateBp: 0,
      fixedFeeMinor: 30,
      shippingCostMinor: 550,
      categoryCommissions: [],
    });
    const back = valuesFrom({ ...converted.input!, id: 'x', archived: false, createdAt: '', updatedAt: '' });
    expect(back).toMatchObject({ commission: '12.5', fixedFee: '30', shipping: '550' });
  });

  it('refuses amounts finer than the currency allows and maps schema paths to form fields', () => {
    const values = {
      ...emptyValues('JPY', 'Asia/Tokyo'),
      name: 'x',
      platform: 'other' as const,
      fixedFee: '0.5',
    };
    expect(toInput(values).errors).toEqual({ fixedFee: 'amount' });
    expect(formField('feeRules.categoryCommissions.2.rateBp')).toBe('categories.2.rate');
    expect(
      toInput({
        ...values,
        fixedFee: '0',
        categories: [
          { category: '家居', rate: '4' },
          { category: '家居', rate: '5' },
        ],
      }).errors,
    ).toEqual({
      categories: 'duplicateCategory',
    });
  });

  it('gives Mantine’s schemaResolver the errors on the form’s own field paths', () => {
    const validate = schemaResolver(storefrontFormSchema, { sync: true });
    const values = {
      ...emptyValues('CNY', 'Asia/Shanghai'),
      platform: 'tmall' as const,
      commission: '5',
      categories: [
        { category: '家居', rate: '4' },
        { category: '数码', rate: '101' },
      ],
    };
    expect(validate(values)).toEqual({ name: 'required', 'categories.1.rate': 'percent' });
    expect(validate({ ...values, name: 'Tmall', categories: [] })).toEqual({});
  });
});
