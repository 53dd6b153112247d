import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkAssign, bulkClose, mergeTickets } from '../../electron/core/tickets/merge';
import { getTicket } from '../../electron/core/tickets/views';
import { setTicketTags, transitionTicket } from '../../electron/core/tickets/workflow';
import { contentFingerprint } from '../helpers/db-fingerprint';
import { tempCore } from '../helpers/temp-core';
import { sh } from '../helpers/ticket-timelines';
import { eventsOf, newTicket, ticketRow, ticketShop, type TicketShop } from '../helpers/ticket-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: TicketShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-tickets-merge');
  shop = await ticketShop(core);
});
afterEach(() => core.cleanup());

const keyOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return (err as { key?: string }).key;
  }
  return undefined;
};

describe('merging duplicates', () => {
  it('moves lines and tags to the target, stops the duplicate and records both sides', () => {
    const orderId = shop.order('3301000000000001');
    const target = newTicket(
      core,
      { orderId, lines: [{ lineNo: 1, quantity: 1 }], tags: ['破损'] },
      sh('2024-03-11 10:00'),
    );
    const source = newTicket(
      core,
      { orderId, lines: [{ lineNo: 1, quantity: 2 }], tags: ['顺丰'], subject: '又来问杯子' },
      sh('2024-03-11 10:30'),
    );
    transitionTicket(
      core.ctx.sqlite,
      { id: source, to: 'pending', pendingReason: 'customer' },
      sh('2024-03-11 10:40'),
    );
    mergeTickets(core.ctx.sqlite, { targetId: target, sourceIds: [source] }, sh('2024-03-11 11:00'));

    const merged = getTicket(core.ctx.sqlite, source, sh('2024-03-11 12:00'));
    expect([
      merged.state,
      merged.mergedInto,
      merged.pendingReason,
      merged.lines,
      merged.tags,
      merged.flag,
    ]).toEqual(['merged', target, null, [], [], null]);
    expect(merged.pauses).toEqual([
      { reason: 'customer', start: sh('2024-03-11 10:40'), end: sh('2024-03-11 11:00') },
    ]);
    const kept = getTicket(core.ctx.sqlite, target, sh('2024-03-11 12:00'));
    expect(kept.lines.map((l) => [l.lineNo, l.quantity])).toEqual([[1, 2]]);
    expect(kept.tags).toEqual(['破损', '顺丰']);
    expect(eventsOf(core, source).at(-1)).toMatchObject({ kind: 'merged_into', actor_id: shop.li.id });
    expect(JSON.parse(eventsOf(core, target).at(-1)!.to_value!)).toMatchObject({
      ticketId: source,
      number: 2,
      tags: ['顺丰'],
      lines: [{ orderId, lineNo: 1, quantity: 2 }],
    });
  });

  it('refuses to merge a closed ticket and writes nothing', () => {
    const a = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:00'));
    const b = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:10'));
    const c = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:20'));
    transitionTicket(core.ctx.sqlite, { id: c, to: 'resolved' }, sh('2024-03-11 10:30'));
    transitionTicket(core.ctx.sqlite, { id: c, to: 'closed' }, sh('2024-03-11 10:40'));
    const before = contentFingerprint(core.ctx.sqlite);
    expect(
      keyOf(() => mergeTickets(core.ctx.sqlite, { targetId: a, sourceIds: [b, c] }, sh('2024-03-11 11:00'))),
    ).toBe('ticketMergeFinal');
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);
  });
});

describe('bulk actions, all or nothing', () => {
  it('assigns every ticket or none', () => {
    const a = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:00'));
    const b = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:10'));
    const closed = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:20'));
    transitionTicket(core.ctx.sqlite, { id: closed, to: 'resolved' }, sh('2024-03-11 10:30'));
    transitionTicket(core.ctx.sqlite, { id: closed, to: 'closed' }, sh('2024-03-11 10:40'));
    const before = contentFingerprint(core.ctx.sqlite);
    expect(
      keyOf(() =>
        bulkAssign(
          core.ctx.sqlite,
          { ids: [a, b, closed], assigneeId: shop.wang.id },
          sh('2024-03-11 11:00'),
        ),
      ),
    ).toBe('ticketFinal');
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);
    bulkAssign(core.ctx.sqlite, { ids: [a], assigneeId: shop.li.id }, sh('2024-03-11 11:00'));
    const result = bulkAssign(
      core.ctx.sqlite,
      { ids: [a, b], assigneeId: shop.wang.id },
      sh('2024-03-11 11:05'),
    );
    expect(result).toEqual({ ids: [a, b], changed: 2 });
    expect([ticketRow(core, a).assignee_id, ticketRow(core, b).assignee_id]).toEqual([
      shop.wang.id,
      shop.wang.id,
    ]);
    // The same assignee again changes nothing and adds no timeline entry.
    expect(
      bulkAssign(core.ctx.sqlite, { ids: [a], assigneeId: shop.wang.id }, sh('2024-03-11 11:10')).changed,
    ).toBe(0);
    expect(eventsOf(core, a).map((e) => e.kind)).toEqual(['created', 'assigned', 'assigned']);
  });

  it('closes every ticket (resolving those still in work) or none', () => {
    const open = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:00'));
    transitionTicket(
      core.ctx.sqlite,
      { id: open, to: 'pending', pendingReason: 'warehouse' },
      sh('2024-03-11 10:05'),
    );
    const fresh = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:10'));
    const merged = newTicket(core, { storefrontId: shop.tmall.id }, sh('2024-03-11 10:20'));
    mergeTickets(core.ctx.sqlite, { targetId: fresh, sourceIds: [merged] }, sh('2024-03-11 10:30'));
    setTicketTags(core.ctx.sqlite, { id: fresh, tags: ['批量'] }, sh('2024-03-11 10:35'));
    const before = contentFingerprint(core.ctx.sqlite);
    expect(
      keyOf(() => bulkClose(core.ctx.sqlite, { ids: [open, fresh, merged] }, sh('2024-03-11 11:00'))),
    ).toBe('ticketFinal');
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);

    expect(bulkClose(core.ctx.sqlite, { ids: [open, fresh] }, sh('2024-03-11 11:00'))).toEqual({
      ids: [open, fresh],
      changed: 2,
    });
    for (const id of [open, fresh]) {
      expect(ticketRow(core, id)).toMatchObject({
        state: 'closed',
        resolved_at: sh('2024-03-11 11:00'),
        closed_at: sh('2024-03-11 11:00'),
      });
      expect(
        eventsOf(core, id)
          .filter((e) => e.kind === 'state')
          .slice(-2)
          .map((e) => JSON.parse(e.to_value!).state),
      ).toEqual(['resolved', 'closed']);
    }
    expect(
      core.ctx.sqlite.prepare('SELECT count(*) AS n FROM ticket_pauses WHERE ended_at IS NULL').get(),
    ).toEqual({ n: 0 });
  });
});
