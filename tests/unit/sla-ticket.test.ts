import { describe, expect, it } from 'vitest';
import {
  firstResponseTimeMs,
  resolutionTimeMs,
  slaFlag,
  slaMet,
  slaTargetFor,
  ticketSla,
} from '../../shared/logic/sla';
import { shanghai } from '../helpers/shop-calendars';
import { MIN, quarter, sh, ticket } from '../helpers/ticket-timelines';

describe('both clocks of a ticket', () => {
  const targets = { firstResponseMinutes: 60, resolutionMinutes: 240 };

  it('resolved before any reply: the resolution is the first response', () => {
    const t = ticket(sh('2024-03-18 09:00'), { resolvedAt: sh('2024-03-18 10:30') });
    const now = sh('2024-03-18 11:00');
    const sla = ticketSla(t, targets, shanghai, now, quarter);
    expect(sla.firstResponse).toMatchObject({ stoppedAt: sh('2024-03-18 10:30'), state: 'breached' });
    expect(sla.resolution).toMatchObject({ stoppedAt: sh('2024-03-18 10:30'), state: 'met' });
    expect(slaMet(t, sla, now)).toBe(false);
    const generous = ticketSla(t, { ...targets, firstResponseMinutes: 120 }, shanghai, now, quarter);
    expect(slaMet(t, generous, now)).toBe(true);
    expect(slaFlag(generous)).toBeNull();
  });

  it('an unresolved ticket is not yet in sla_met_rate; a pair without targets has no clocks', () => {
    const t = ticket(sh('2024-03-18 09:00'), { firstReplyAt: sh('2024-03-18 09:20') });
    const now = sh('2024-03-18 12:30');
    const sla = ticketSla(t, targets, shanghai, now, quarter);
    expect(sla.firstResponse?.state).toBe('met');
    expect(sla.resolution?.state).toBe('due_soon');
    expect(slaFlag(sla)).toBe('due_soon');
    expect(slaMet(t, sla, now)).toBeNull();
    const none = ticketSla(
      t,
      { firstResponseMinutes: null, resolutionMinutes: null },
      shanghai,
      now,
      quarter,
    );
    expect(none).toEqual({ firstResponse: null, resolution: null });
    expect(slaFlag(none)).toBeNull();
  });
});

describe('policy lookup and METRICS.md service times', () => {
  it('finds the targets of a type × priority, none for a pair without a rule', () => {
    const policy = {
      rules: [
        {
          type: 'refund_only' as const,
          priority: 'urgent' as const,
          firstResponseMinutes: 30,
          resolutionMinutes: 240,
        },
        {
          type: 'refund_only' as const,
          priority: 'normal' as const,
          firstResponseMinutes: 120,
          resolutionMinutes: null,
        },
      ],
      dueSoon: quarter,
    };
    expect(slaTargetFor(policy, 'refund_only', 'urgent')).toEqual({
      firstResponseMinutes: 30,
      resolutionMinutes: 240,
    });
    expect(slaTargetFor(policy, 'refund_only', 'normal')).toEqual({
      firstResponseMinutes: 120,
      resolutionMinutes: null,
    });
    expect(slaTargetFor(policy, 'inquiry', 'urgent')).toEqual({
      firstResponseMinutes: null,
      resolutionMinutes: null,
    });
  });

  it('first_response_time and resolution_time are working time with pending left out', () => {
    const t = ticket(sh('2024-03-15 17:30'), {
      firstReplyAt: sh('2024-03-18 09:15'),
      pendingIntervals: [{ start: sh('2024-03-18 10:00'), end: sh('2024-03-19 10:00') }],
      resolvedAt: sh('2024-03-19 11:00'),
    });
    expect(firstResponseTimeMs(t, shanghai)).toBe(45 * MIN);
    // 30 on Friday, 60 on Monday before the pause, 60 on Tuesday after it.
    expect(resolutionTimeMs(t, shanghai)).toBe(150 * MIN);
    expect(resolutionTimeMs({ ...t, resolvedAt: null }, shanghai)).toBeNull();
    expect(firstResponseTimeMs(ticket(t.createdAt), shanghai)).toBeNull();
  });
});
