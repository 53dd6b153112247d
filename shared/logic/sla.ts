/**
 * SLA clocks of a ticket (PRODUCT.md §7, METRICS.md Service): first response and resolution, each counting
 * working time of the shop calendar from creation, with every pending stretch left out. A pause pushes the due
 * moment later by the working time it covered; the state is read at a given `now`, so the same function
 * answers "overdue now" for a queue and "was it met" for a report.
 */
import type {
  DueSoonRule,
  ShopCalendar,
  SlaClock,
  SlaClockState,
  SlaPolicy,
  SlaTarget,
  TicketPriority,
  TicketSla,
  TicketTimeline,
  TicketType,
} from '../domain/tickets';
import { addWorkingMs, workingMsBetween } from './working-calendar';

const MINUTE_MS = 60_000;

type Span = readonly [number, number];

function toMs(iso: string, name: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not an ISO-8601 moment: ${iso}`);
  return ms;
}

/** The targets of a type × priority; both null when the policy has no rule for the pair. */
export function slaTargetFor(policy: SlaPolicy, type: TicketType, priority: TicketPriority): SlaTarget {
  const rule = policy.rules.find((r) => r.type === type && r.priority === priority);
  return {
    firstResponseMinutes: rule?.firstResponseMinutes ?? null,
    resolutionMinutes: rule?.resolutionMinutes ?? null,
  };
}

/** A timeline's moments parsed once: a queue reads thousands of them, and Date.parse is not free. */
interface ParsedTimeline {
  createdMs: number;
  pending: readonly { start: number; end: number | null }[];
}

function parseTimeline(timeline: TicketTimeline): ParsedTimeline {
  return {
    createdMs: toMs(timeline.createdAt, 'createdAt'),
    pending: timeline.pendingIntervals.map((p) => ({
      start: toMs(p.start, 'pending start'),
      end: p.end === null ? null : toMs(p.end, 'pending end'),
    })),
  };
}

/**
 * Pending stretches as sorted, merged spans inside [createdMs, horizonMs]; one still open (or ending after the
 * horizon) is cut at the horizon. Overlaps are merged so a doubly recorded pause never counts twice.
 */
function pausesUntil(t: ParsedTimeline, horizonMs: number): Span[] {
  const spans = t.pending
    .map((p): Span => [Math.max(p.start, t.createdMs), Math.min(p.end ?? horizonMs, horizonMs)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Working time from creation to `untilMs` with the pauses taken out. */
function elapsedMs(
  calendar: ShopCalendar,
  createdMs: number,
  untilMs: number,
  pauses: readonly Span[],
): number {
  let paused = 0;
  for (const [s, e] of pauses) paused += workingMsBetween(calendar, s, e);
  return workingMsBetween(calendar, createdMs, untilMs) - paused;
}

/**
 * The earliest moment the counted working time reaches the target: walk the stretches between pauses, and
 * finish in the one where the target runs out. A zero target is due when the clock first runs (the next
 * working moment outside any pause).
 */
function dueMs(calendar: ShopCalendar, createdMs: number, pauses: readonly Span[], targetMs: number): number {
  let left = targetMs;
  let from = createdMs;
  for (const [s, e] of pauses) {
    const counted = workingMsBetween(calendar, from, s);
    if (left < counted || (left === counted && left > 0)) return addWorkingMs(calendar, from, left);
    left -= counted;
    from = e;
  }
  return addWorkingMs(calendar, from, left);
}

function isDueSoon(rule: DueSoonRule, remainingMs: number, targetMs: number): boolean {
  return rule.kind === 'share'
    ? remainingMs * 10_000 <= targetMs * rule.bp
    : remainingMs <= rule.minutes * MINUTE_MS;
}

/**
 * One clock: `stopAt` is when it stops (first reply, resolution), null while it runs. A stop later than `now`
 * has not happened yet as seen from `now`, so past states can be replayed from a finished timeline.
 */
export function slaClock(
  timeline: TicketTimeline,
  stopAt: string | null,
  targetMinutes: number,
  calendar: ShopCalendar,
  now: string,
  dueSoon: DueSoonRule,
): SlaClock {
  return clockOf(parseTimeline(timeline), stopAt, targetMinutes, calendar, toMs(now, 'now'), dueSoon);
}

function clockOf(
  t: ParsedTimeline,
  stopAt: string | null,
  targetMinutes: number,
  calendar: ShopCalendar,
  nowMs: number,
  dueSoon: DueSoonRule,
): SlaClock {
  if (!Number.isSafeInteger(targetMinutes) || targetMinutes < 0)
    throw new RangeError(`an SLA target must be whole minutes ≥ 0: ${targetMinutes}`);
  const { createdMs } = t;
  const rawStop = stopAt === null ? null : Math.max(toMs(stopAt, 'stop'), createdMs);
  const stopMs = rawStop !== null && rawStop <= nowMs ? rawStop : null;
  const horizon = Math.max(stopMs ?? nowMs, createdMs);
  const pauses = pausesUntil(t, horizon);
  const targetMs = targetMinutes * MINUTE_MS;
  const due = dueMs(calendar, createdMs, pauses, targetMs);
  const elapsed = elapsedMs(calendar, createdMs, horizon, pauses);
  const remainingMs = targetMs - elapsed;

  let state: SlaClockState;
  if (stopMs !== null) state = stopMs <= due ? 'met' : 'breached';
  else if (nowMs > due) state = 'breached';
  else if (t.pending.some((p) => p.start <= nowMs && (p.end === null || p.end > nowMs))) state = 'paused';
  else state = isDueSoon(dueSoon, remainingMs, targetMs) ? 'due_soon' : 'running';

  return {
    targetMinutes,
    dueAt: new Date(due).toISOString(),
    elapsedMs: elapsed,
    remainingMs,
    stoppedAt: stopMs === null ? null : new Date(stopMs).toISOString(),
    state,
  };
}

/** The first response is the first reply, or the resolution when the ticket was resolved without one. */
export function firstResponseStop(timeline: TicketTimeline): string | null {
  const { firstReplyAt: reply, resolvedAt: resolved } = timeline;
  if (reply === null || resolved === null) return reply ?? resolved;
  return toMs(reply, 'firstReplyAt') <= toMs(resolved, 'resolvedAt') ? reply : resolved;
}

/** Both clocks of a ticket as seen at `now`; a clock without a target is null. */
export function ticketSla(
  timeline: TicketTimeline,
  target: SlaTarget,
  calendar: ShopCalendar,
  now: string,
  dueSoon: DueSoonRule,
): TicketSla {
  const parsed = parseTimeline(timeline);
  const nowMs = toMs(now, 'now');
  const clock = (stop: string | null, minutes: number | null): SlaClock | null =>
    minutes === null ? null : clockOf(parsed, stop, minutes, calendar, nowMs, dueSoon);
  return {
    firstResponse: clock(firstResponseStop(timeline), target.firstResponseMinutes),
    resolution: clock(timeline.resolvedAt, target.resolutionMinutes),
  };
}

/** METRICS.md first_response_time: working ms from creation to the first response, pending excluded. */
export function firstResponseTimeMs(timeline: TicketTimeline, calendar: ShopCalendar): number | null {
  return measured(timeline, firstResponseStop(timeline), calendar);
}

/** METRICS.md resolution_time: working ms from creation to resolved, pending excluded. */
export function resolutionTimeMs(timeline: TicketTimeline, calendar: ShopCalendar): number | null {
  return measured(timeline, timeline.resolvedAt, calendar);
}

function measured(timeline: TicketTimeline, stop: string | null, calendar: ShopCalendar): number | null {
  if (stop === null) return null;
  const parsed = parseTimeline(timeline);
  const stopMs = Math.max(toMs(stop, 'stop'), parsed.createdMs);
  return elapsedMs(calendar, parsed.createdMs, stopMs, pausesUntil(parsed, stopMs));
}

/** What a ticket list badges: overdue when a running clock is past due, due soon when one nears it. */
export function slaFlag(sla: TicketSla): 'overdue' | 'due_soon' | null {
  const running = [sla.firstResponse, sla.resolution].filter((c) => c !== null && c.stoppedAt === null);
  if (running.some((c) => c!.state === 'breached')) return 'overdue';
  if (running.some((c) => c!.state === 'due_soon')) return 'due_soon';
  return null;
}

/**
 * For METRICS.md sla_met_rate: whether a resolved ticket met both targets (a missing target cannot be
 * missed); null while the ticket is not resolved at the `now` the clocks were read, so it stays out of the
 * rate's denominator.
 */
export function slaMet(timeline: TicketTimeline, sla: TicketSla, now: string): boolean | null {
  if (timeline.resolvedAt === null || toMs(timeline.resolvedAt, 'resolvedAt') > toMs(now, 'now')) return null;
  return [sla.firstResponse, sla.resolution].every((c) => c === null || c.state === 'met');
}
