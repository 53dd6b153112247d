import { describe, expect, it } from 'vitest';
import {
  ticketErrorEn,
  ticketErrorText,
  ticketErrorZh,
  ticketValidationEn,
  ticketValidationZh,
} from '../../shared/api/schemas/tickets-texts';
import { validationText } from '../../shared/api/schemas/common';
import { slaClockStates } from '../../shared/domain/tickets';
import { importedStateOf, ticketTypeOf } from '../../electron/core/tickets/import/ticket-columns';
import { placeholdersIn } from '../../electron/core/tickets/canned';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('ticket messages', () => {
  it.each([
    ['field messages', ticketValidationEn, ticketValidationZh],
    ['refusals', ticketErrorEn, ticketErrorZh],
  ] as const)(
    'has a Chinese text for every English one of the %s, with the same placeholders',
    (_n, en, zh) => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
        expect(text.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
      }
    },
  );

  it('gives the CLI English for every field key and fills refusals', () => {
    for (const key of Object.keys(ticketValidationEn))
      expect(validationText[key], key).toBe(ticketValidationEn[key as keyof typeof ticketValidationEn]);
    expect(ticketErrorText('ticketTransition', { from: 'closed', to: 'open' })).toBe(
      'A closed ticket cannot become open.',
    );
    // Clock states are data for the renderer, not messages: none collides with a message key.
    for (const state of slaClockStates) expect(validationText[state]).toBeUndefined();
  });
});

describe('after-sales export words', () => {
  it('reads platform type and status words in both languages, refusing what it does not know', () => {
    expect(
      ['仅退款', '退货退款', '换货', 'Return & Refund', 'refund only', 'RESEND'].map(ticketTypeOf),
    ).toEqual(['refund_only', 'return', 'exchange', 'return', 'refund_only', 'reship']);
    expect(ticketTypeOf('以物易物')).toBeNull();
    expect(importedStateOf(null)).toEqual({ state: 'new' });
    expect(importedStateOf('待买家退货')).toEqual({ state: 'pending', reason: 'customer' });
    expect(importedStateOf('待商家收货')).toEqual({ state: 'pending', reason: 'warehouse' });
    expect(importedStateOf('Refunded')).toEqual({ state: 'closed' });
    expect(importedStateOf('神秘状态')).toBeNull();
  });

  it('lists the placeholders of canned replies once each, sorted', () => {
    expect(placeholdersIn('订单 {order_id}：{sku}', 'Order {order_id} {refund_amount} {{not_one}}')).toEqual([
      'not_one',
      'order_id',
      'refund_amount',
      'sku',
    ]);
  });
});
