/** Small builders for SLA tests: Shanghai wall-clock moments and ticket timelines. */
import type { DueSoonRule, TicketTimeline } from '../../shared/domain/tickets';

export const MIN = 60_000;

/** A Shanghai wall-clock time (UTC+8 all year), 'YYYY-MM-DD HH:mm', as the ISO-8601 UTC moment the app stores. */
export const sh = (local: string): string =>
  new Date(Date.parse(`${local.replace(' ', 'T')}:00+08:00`)).toISOString();

/** Due soon in the last quarter of a target. */
export const quarter: DueSoonRule = { kind: 'share', bp: 2500 };

export const ticket = (createdAt: string, more: Partial<TicketTimeline> = {}): TicketTimeline => ({
  createdAt,
  firstReplyAt: null,
  pendingIntervals: [],
  resolvedAt: null,
  ...more,
});
