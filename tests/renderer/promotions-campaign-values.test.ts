import { describe, expect, it } from 'vitest';
import {
  isoToWall,
  shiftWindow,
  wallToIso,
  windowDays,
} from '../../renderer/src/features/promotions/campaign-time';
import { formField, toInput, valuesFrom } from '../../renderer/src/features/promotions/campaign-form-values';
import type { CampaignTerms } from '../../shared/domain/promotions';
import { campaign } from './promotion-fixtures';

describe('campaign times in the shop zone', () => {
  it('reads and writes the wall clock of the shop, not of this computer', () => {
    expect(wallToIso('2026-11-01T00:00', 'Asia/Shanghai')).toBe('2026-10-31T16:00:00.000Z');
    expect(isoToWall('2026-10-31T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-01T00:00');
    expect(wallToIso('2026-02-30T00:00', 'Asia/Shanghai')).toBeNull();
    expect(wallToIso('2026-11-01 00:00', 'Asia/Shanghai')).toBeNull();
  });

  it('counts an end at midnight as the day before (windows are half-open)', () => {
    expect(windowDays('2026-12-09T16:00:00.000Z', '2026-12-12T16:00:00.000Z', 'Asia/Shanghai')).toEqual({
      first: '2026-12-10',
      last: '2026-12-12',
    });
    // A flash sale 12:00–24:00 is one day.
    expect(windowDays('2026-08-29T04:00:00.000Z', '2026-08-29T16:00:00.000Z', 'Asia/Shanghai')).toEqual({
      first: '2026-08-29',
      last: '2026-08-29',
    });
  });

  it('moves by whole days keeping the wall-clock times, across a DST change too', () => {
    // New York leaves DST on 1 November 2026: 09:00 stays 09:00 (13:00Z before, 14:00Z after).
    expect(
      shiftWindow('2026-10-30T13:00:00.000Z', '2026-10-31T13:00:00.000Z', 3, 'America/New_York'),
    ).toEqual({
      startAt: '2026-11-02T14:00:00.000Z',
      endAt: '2026-11-03T14:00:00.000Z',
    });
    expect(shiftWindow('2026-12-09T16:00:00.000Z', '2026-12-12T16:00:00.000Z', -1, 'Asia/Shanghai')).toEqual({
      startAt: '2026-12-08T16:00:00.000Z',
      endAt: '2026-12-11T16:00:00.000Z',
    });
  });
});

describe('campaign form values', () => {
  const roundTrip = (terms: CampaignTerms, currency = 'CNY') => {
    const c = campaign({ type: terms.type, terms, currency });
    const back = toInput(valuesFrom(c, 'Asia/Shanghai'), currency, 'Asia/Shanghai');
    expect(back.errors).toBeUndefined();
    return back.input!;
  };

  it('gives back exactly the saved terms of every type', () => {
    const all: CampaignTerms[] = [
      { type: 'percentage', offBp: 1250 },
      { type: 'fixed', offMinor: 500 },
      { type: 'flash', discount: { kind: 'percent', offBp: 3000 }, quantityCap: 600 },
      {
        type: 'tiered',
        tiers: [
          { thresholdMinor: 30000, offMinor: 4000 },
          { thresholdMinor: 50000, offMinor: 8000 },
        ],
      },
      {
        type: 'coupon',
        discount: { kind: 'percent', offBp: 1000 },
        maxOffMinor: 5000,
        minSpendMinor: 19900,
        quantityIssued: 200,
      },
      { type: 'gift', giftSkuId: 'S9', giftQuantity: 2, minSpendMinor: 0 },
      { type: 'multibuy', mode: 'bundle', units: 3, offBp: 2000 },
      { type: 'member', discount: { kind: 'amount', offMinor: 300 } },
    ];
    for (const terms of all) expect(roundTrip(terms).terms).toEqual(terms);
    // A currency without decimals keeps whole units.
    expect(roundTrip({ type: 'fixed', offMinor: 500 }, 'JPY').terms).toEqual({
      type: 'fixed',
      offMinor: 500,
    });
  });

  it('keeps the window, scope, keys, stacking and money of the campaign', () => {
    const c = campaign({
      stacksWith: ['coupon'],
      keys: { codes: ['SAVE40'], promotionIds: [], names: ['双12满300减40'] },
      budgetMinor: 200000,
      spendMinor: 50000,
      notes: 'ads',
    });
    expect(toInput(valuesFrom(c, 'Asia/Shanghai'), 'CNY', 'Asia/Shanghai').input).toMatchObject({
      startAt: c.startAt,
      endAt: c.endAt,
      scope: c.scope,
      keys: c.keys,
      stacksWith: ['coupon'],
      budgetMinor: 200000,
      spendMinor: 50000,
      notes: 'ads',
    });
  });

  it('maps the contract paths of main’s issues onto the form fields', () => {
    expect(formField('terms.tiers.2.offMinor')).toBe('tiers.2.off');
    expect(formField('terms.tiers.0.thresholdMinor')).toBe('tiers.0.threshold');
    expect(formField('terms.discount.offBp')).toBe('offPercent');
    expect(formField('scope.skuIds.3')).toBe('skuIds');
    expect(formField('keys.names')).toBe('keyNames');
    expect(formField('budgetMinor')).toBe('budget');
    expect(formField('name')).toBe('name');
  });
});
