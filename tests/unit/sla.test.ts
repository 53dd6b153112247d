import { describe, expect, it } from 'vitest';
import type { DueSoonRule } from '../../shared/domain/tickets';
import { slaClock, slaFlag, ticketSla } from '../../shared/logic/sla';
import { calendar, nineToSix, shanghai, shanghaiLunch } from '../helpers/shop-calendars';
import { MIN, quarter, sh, ticket } from '../helpers/ticket-timelines';

describe('first response, 4 working hours, created Friday 17:30', () => {
  const fri = ticket(sh('2024-03-15 17:30'));
  const clock = (now: string, reply: string | null = null, cal = shanghai) =>
    slaClock(fri, reply, 240, cal, now, quarter);

  it('is due Monday 12:30 and runs until the last quarter of the target', () => {
    expect(clock(sh('2024-03-18 10:00'))).toEqual({
      targetMinutes: 240,
      dueAt: sh('2024-03-18 12:30'),
      elapsedMs: 90 * MIN,
      remainingMs: 150 * MIN,
      stoppedAt: null,
      state: 'running',
    });
    expect(clock(sh('2024-03-18 11:29')).state).toBe('running');
    expect(clock(sh('2024-03-18 11:30')).state).toBe('due_soon');
    expect(clock(sh('2024-03-18 12:30')).state).toBe('due_soon');
    expect(clock(sh('2024-03-18 12:31'))).toMatchObject({ state: 'breached', remainingMs: -MIN });
  });

  it('met by a reply at 12:30, breached by one at 12:31', () => {
    expect(clock(sh('2024-03-20 09:00'), sh('2024-03-18 12:30'))).toMatchObject({
      state: 'met',
      stoppedAt: sh('2024-03-18 12:30'),
      elapsedMs: 240 * MIN,
      remainingMs: 0,
    });
    expect(clock(sh('2024-03-20 09:00'), sh('2024-03-18 12:31')).state).toBe('breached');
  });

  it('with a lunch break it is due 14:00, and lunchtime does not eat into the time left', () => {
    expect(clock(sh('2024-03-18 12:45'), null, shanghaiLunch)).toMatchObject({
      dueAt: sh('2024-03-18 14:00'),
      elapsedMs: 210 * MIN,
      state: 'due_soon',
    });
  });

  it('a reply seen from before it was written has not happened yet', () => {
    const replied = sh('2024-03-18 11:00');
    expect(clock(sh('2024-03-18 10:00'), replied)).toMatchObject({ stoppedAt: null, state: 'running' });
    expect(clock(sh('2024-03-18 11:00'), replied)).toMatchObject({ stoppedAt: replied, state: 'met' });
  });
});

describe('calendar days', () => {
  it('a holiday Monday → Tuesday 12:30; a 调休 Saturday → Saturday 12:30', () => {
    const fri = ticket(sh('2024-03-15 17:30'));
    const holiday = calendar('Asia/Shanghai', nineToSix, { holidays: ['2024-03-18'] });
    const makeUp = calendar('Asia/Shanghai', nineToSix, {
      extraWorkdays: [{ date: '2024-03-16', worksLike: 'fri' }],
    });
    expect(slaClock(fri, null, 240, holiday, fri.createdAt, quarter).dueAt).toBe(sh('2024-03-19 12:30'));
    expect(slaClock(fri, null, 240, makeUp, fri.createdAt, quarter).dueAt).toBe(sh('2024-03-16 12:30'));
  });

  it('created on Saturday or on a holiday, the clock starts at the next opening', () => {
    const sat = ticket(sh('2024-03-16 10:00'));
    expect(slaClock(sat, null, 240, shanghai, sh('2024-03-17 20:00'), quarter)).toMatchObject({
      dueAt: sh('2024-03-18 13:00'),
      elapsedMs: 0,
      state: 'running',
    });
    const holiday = calendar('Asia/Shanghai', nineToSix, { holidays: ['2024-03-18'] });
    const mon = ticket(sh('2024-03-18 10:00'));
    expect(slaClock(mon, null, 240, holiday, mon.createdAt, quarter).dueAt).toBe(sh('2024-03-19 13:00'));
  });

  it('UTC Sunday 23:30 is Shanghai Monday 07:30: due Monday 13:00 local', () => {
    const t = ticket('2024-03-17T23:30:00.000Z');
    expect(slaClock(t, null, 240, shanghai, t.createdAt, quarter).dueAt).toBe('2024-03-18T05:00:00.000Z');
  });

  it('New York, pending over the spring-forward weekend: Friday 17:00 EST → Monday 11:00 EDT', () => {
    const ny = calendar('America/New_York', nineToSix);
    const t = ticket('2024-03-08T22:00:00.000Z', {
      pendingIntervals: [{ start: '2024-03-08T22:30:00.000Z', end: '2024-03-11T13:30:00.000Z' }],
    });
    expect(slaClock(ticket(t.createdAt), null, 120, ny, t.createdAt, quarter).dueAt).toBe(
      '2024-03-11T14:00:00.000Z',
    );
    expect(slaClock(t, null, 120, ny, '2024-03-11T14:00:00.000Z', quarter)).toMatchObject({
      dueAt: '2024-03-11T15:00:00.000Z',
      elapsedMs: 60 * MIN,
      state: 'running',
    });
  });
});

describe('pending pauses the clocks', () => {
  it('pending from Friday 16:00 to Monday 11:00 pushes an 8-hour target from Friday 18:00 to Monday 13:00', () => {
    const base = ticket(sh('2024-03-15 10:00'));
    const paused = {
      ...base,
      pendingIntervals: [{ start: sh('2024-03-15 16:00'), end: sh('2024-03-18 11:00') }],
    };
    expect(slaClock(base, null, 480, shanghai, base.createdAt, quarter).dueAt).toBe(sh('2024-03-15 18:00'));
    expect(
      slaClock(paused, sh('2024-03-18 12:59'), 480, shanghai, sh('2024-03-19 09:00'), quarter),
    ).toMatchObject({
      dueAt: sh('2024-03-18 13:00'),
      elapsedMs: 479 * MIN,
      state: 'met',
    });
  });

  it('several pauses, in any order and overlapping, each count once', () => {
    const pendingIntervals = [
      { start: sh('2024-03-18 11:30'), end: sh('2024-03-18 13:00') },
      { start: sh('2024-03-18 10:00'), end: sh('2024-03-18 11:00') },
      { start: sh('2024-03-18 12:00'), end: sh('2024-03-18 14:00') },
    ];
    const t = ticket(sh('2024-03-18 09:00'), { pendingIntervals });
    // Counted: 09:00–10:00, 11:00–11:30, then 150 minutes from 14:00.
    expect(slaClock(t, sh('2024-03-18 16:00'), 240, shanghai, sh('2024-03-19 09:00'), quarter)).toMatchObject(
      {
        dueAt: sh('2024-03-18 16:30'),
        elapsedMs: 210 * MIN,
        state: 'met',
      },
    );
  });

  it('pending now: paused, and the due moment is where it would be if work resumed now', () => {
    const t = ticket(sh('2024-03-18 09:00'), {
      pendingIntervals: [{ start: sh('2024-03-18 10:00'), end: null }],
    });
    expect(slaClock(t, null, 240, shanghai, sh('2024-03-18 15:00'), quarter)).toMatchObject({
      dueAt: sh('2024-03-18 18:00'),
      elapsedMs: 60 * MIN,
      remainingMs: 180 * MIN,
      state: 'paused',
    });
    expect(slaClock(t, null, 240, shanghai, sh('2024-03-18 17:00'), quarter).dueAt).toBe(
      sh('2024-03-19 11:00'),
    );
    // The customer answers Tuesday 09:30: the 180 minutes left run from then, to 12:30.
    const answered = {
      ...t,
      pendingIntervals: [{ start: sh('2024-03-18 10:00'), end: sh('2024-03-19 09:30') }],
    };
    expect(slaClock(answered, null, 240, shanghai, sh('2024-03-19 10:00'), quarter)).toMatchObject({
      dueAt: sh('2024-03-19 12:30'),
      elapsedMs: 90 * MIN,
      state: 'running',
    });
  });

  it('a ticket already past due stays breached when set pending', () => {
    const t = ticket(sh('2024-03-18 09:00'), {
      pendingIntervals: [{ start: sh('2024-03-18 11:00'), end: null }],
    });
    const sla = ticketSla(
      t,
      { firstResponseMinutes: 60, resolutionMinutes: 480 },
      shanghai,
      sh('2024-03-18 12:00'),
      quarter,
    );
    expect(sla.firstResponse).toMatchObject({ dueAt: sh('2024-03-18 10:00'), state: 'breached' });
    expect(sla.resolution).toMatchObject({ state: 'paused', elapsedMs: 120 * MIN });
    expect(slaFlag(sla)).toBe('overdue');
  });
});

describe('zero-minute targets and the due-soon rules', () => {
  it('zero minutes: due at creation in working time, at the next opening outside it', () => {
    const mon = ticket(sh('2024-03-18 10:00'));
    expect(slaClock(mon, null, 0, shanghai, mon.createdAt, quarter)).toMatchObject({
      dueAt: mon.createdAt,
      state: 'due_soon',
    });
    expect(slaClock(mon, null, 0, shanghai, sh('2024-03-18 10:01'), quarter).state).toBe('breached');
    expect(slaClock(mon, mon.createdAt, 0, shanghai, sh('2024-03-18 10:01'), quarter).state).toBe('met');
    const sat = ticket(sh('2024-03-16 10:00'));
    expect(slaClock(sat, null, 0, shanghai, sh('2024-03-16 12:00'), quarter)).toMatchObject({
      dueAt: sh('2024-03-18 09:00'),
      state: 'due_soon',
    });
    expect(slaClock(sat, sh('2024-03-16 11:00'), 0, shanghai, sh('2024-03-16 12:00'), quarter).state).toBe(
      'met',
    );
  });

  it('a set number of minutes instead of a share', () => {
    const t = ticket(sh('2024-03-18 09:00'));
    const halfHour: DueSoonRule = { kind: 'minutes', minutes: 30 };
    expect(slaClock(t, null, 240, shanghai, sh('2024-03-18 12:29'), halfHour).state).toBe('running');
    expect(slaClock(t, null, 240, shanghai, sh('2024-03-18 12:30'), halfHour).state).toBe('due_soon');
  });

  it('refuses a negative or fractional target and a malformed moment', () => {
    const t = ticket(sh('2024-03-18 09:00'));
    expect(() => slaClock(t, null, -5, shanghai, t.createdAt, quarter)).toThrow(/whole minutes/);
    expect(() => slaClock(t, null, 2.5, shanghai, t.createdAt, quarter)).toThrow(/whole minutes/);
    expect(() => slaClock(t, null, 5, shanghai, 'later', quarter)).toThrow(/now is not an ISO-8601 moment/);
  });
});
