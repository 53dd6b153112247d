/** Property checks of the SLA clocks on seeded random tickets, over calendars with lunch, DST and holidays. */
import { describe, expect, it } from 'vitest';
import type { DueSoonRule, PendingInterval, ShopCalendar, TicketTimeline } from '../../shared/domain/tickets';
import { slaClock } from '../../shared/logic/sla';
import { newYork, shanghai2024Holidays, shanghaiLunch } from '../helpers/shop-calendars';

const MIN = 60_000;
const rule: DueSoonRule = { kind: 'share', bp: 2500 };
const iso = (ms: number) => new Date(ms).toISOString();

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A ticket created somewhere in 2024 (a third of them on a DST or holiday weekend) with 0–3 closed pauses. */
function randomTicket(next: () => number): { timeline: TicketTimeline; createdMs: number } {
  const edges = ['2024-03-08', '2024-10-31', '2024-02-08', '2024-09-26'].map((d) =>
    Date.parse(`${d}T00:00:00Z`),
  );
  const base = next() < 0.35 ? edges[Math.floor(next() * edges.length)]! : Date.UTC(2024, 0, 1);
  const createdMs = base + Math.floor(next() * (base === Date.UTC(2024, 0, 1) ? 360 : 4) * 1440) * MIN;
  const pendingIntervals: PendingInterval[] = [];
  for (let k = Math.floor(next() * 4); k > 0; k--) {
    const start = createdMs + Math.floor(next() * 6 * 1440) * MIN;
    pendingIntervals.push({ start: iso(start), end: iso(start + Math.floor(next() * 3 * 1440) * MIN) });
  }
  return {
    timeline: { createdAt: iso(createdMs), firstReplyAt: null, pendingIntervals, resolvedAt: null },
    createdMs,
  };
}

const calendars: [string, ShopCalendar][] = [
  ['Shanghai with lunch', shanghaiLunch],
  ['New York', newYork],
  ['Shanghai 2024 holidays', shanghai2024Holidays],
];

describe.each(calendars)('%s', (_name, cal) => {
  it('more pending never makes a due moment earlier, nor the counted time longer', () => {
    const next = random(3);
    for (let n = 0; n < 150; n++) {
      const { timeline, createdMs } = randomTicket(next);
      const target = Math.floor(next() * 3_000);
      const now = iso(createdMs + Math.floor(next() * 20 * 1440) * MIN);
      const before = slaClock(timeline, null, target, cal, now, rule);
      const start = createdMs + Math.floor(next() * 10 * 1440) * MIN;
      const extra: PendingInterval =
        next() < 0.3
          ? { start: iso(start), end: null }
          : { start: iso(start), end: iso(start + Math.floor(next() * 2880) * MIN) };
      const after = slaClock(
        { ...timeline, pendingIntervals: [...timeline.pendingIntervals, extra] },
        null,
        target,
        cal,
        now,
        rule,
      );
      expect(Date.parse(after.dueAt)).toBeGreaterThanOrEqual(Date.parse(before.dueAt));
      expect(after.elapsedMs).toBeLessThanOrEqual(before.elapsedMs);
    }
  });

  it('the due moment is the first at which the counted time reaches the target', () => {
    const next = random(5);
    for (let n = 0; n < 150; n++) {
      const { timeline } = randomTicket(next);
      const target = 1 + Math.floor(next() * 3_000);
      // Read from far ahead, every pause is over and the due moment no longer moves.
      const due = Date.parse(slaClock(timeline, null, target, cal, '2026-01-01T00:00:00Z', rule).dueAt);
      const atDue = slaClock(timeline, null, target, cal, iso(due), rule);
      expect(atDue.elapsedMs).toBe(target * MIN);
      expect(atDue.state).not.toBe('breached');
      expect(slaClock(timeline, null, target, cal, iso(due - 1), rule).elapsedMs).toBeLessThan(target * MIN);
      expect(slaClock(timeline, null, target, cal, iso(due + MIN), rule).state).toBe('breached');
      expect(slaClock(timeline, iso(due), target, cal, iso(due + MIN), rule).state).toBe('met');
      expect(slaClock(timeline, iso(due + 1), target, cal, iso(due + MIN), rule).state).toBe('breached');
    }
  });

  it('a running clock is breached exactly when now is past its due moment, with time left otherwise', () => {
    const next = random(9);
    for (let n = 0; n < 150; n++) {
      const { timeline, createdMs } = randomTicket(next);
      const target = Math.floor(next() * 3_000);
      const nowMs = createdMs + Math.floor(next() * 15 * 1440) * MIN;
      const clock = slaClock(timeline, null, target, cal, iso(nowMs), rule);
      expect(clock.state === 'breached').toBe(nowMs > Date.parse(clock.dueAt));
      if (clock.state !== 'breached') expect(clock.remainingMs).toBeGreaterThanOrEqual(0);
      expect(clock.remainingMs).toBe(target * MIN - clock.elapsedMs);
    }
  });
});
