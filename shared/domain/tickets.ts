/**
 * After-sales tickets (PRODUCT.md §7): the words a ticket is made of, its SLA policy and the shop calendar its
 * working-time clocks run on. Times are ISO-8601 UTC text; calendar hours are wall-clock times of the shop zone.
 */

/** PRODUCT.md §7 ticket types, in the order the ticket form lists them. */
export const ticketTypes = [
  'return',
  'exchange',
  'refund_only',
  'reship',
  'logistics',
  'quality',
  'inquiry',
  'complaint',
  'suggestion',
] as const;
export type TicketType = (typeof ticketTypes)[number];

/** Lowest first. */
export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

/** new → open → pending ↔ open → resolved → closed; any ticket still in work can be merged into another. */
export const ticketStates = ['new', 'open', 'pending', 'resolved', 'closed', 'merged'] as const;
export type TicketState = (typeof ticketStates)[number];

/** Who a pending ticket waits on; the SLA clocks pause whatever the reason. */
export const pendingReasons = ['customer', 'platform', 'warehouse'] as const;
export type PendingReason = (typeof pendingReasons)[number];

export const rootCauses = ['product', 'logistics', 'description_mismatch', 'service', 'other'] as const;
export type RootCause = (typeof rootCauses)[number];

/**
 * The state changes a ticket may make. A resolved ticket can be reopened (the customer writes again); closed
 * and merged are final, so statistics and survey invitations taken at close never change underneath.
 */
export const ticketTransitions: Readonly<Record<TicketState, readonly TicketState[]>> = {
  new: ['open', 'pending', 'resolved', 'merged'],
  open: ['pending', 'resolved', 'merged'],
  pending: ['open', 'resolved', 'merged'],
  resolved: ['open', 'closed', 'merged'],
  closed: [],
  merged: [],
};

/** Working minutes (shop calendar) allowed for a ticket of one type and priority; null means no target. */
export interface SlaTarget {
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

export interface SlaPolicyRule extends SlaTarget {
  type: TicketType;
  priority: TicketPriority;
}

/**
 * When a running clock counts as "due soon": the working time left is at most a share of its target
 * (basis points of one: 2500 = the last 25 %) or at most a number of working minutes.
 */
export type DueSoonRule = { kind: 'share'; bp: number } | { kind: 'minutes'; minutes: number };

/** One row per type × priority that has targets; a pair without a row has no SLA. */
export interface SlaPolicy {
  rules: readonly SlaPolicyRule[];
  dueSoon: DueSoonRule;
}

/** ISO weekdays, Monday first, as the shop calendar keys them. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** Wall-clock 'HH:mm' in the shop zone, start included, end excluded; end may be '24:00' (midnight after). */
export interface WorkingInterval {
  start: string;
  end: string;
}

/** A 调休 make-up working day on a weekend: it works the hours of the weekday it stands in for. */
export interface ExtraWorkday {
  /** YYYY-MM-DD in the shop zone. */
  date: string;
  worksLike: Weekday;
}

/**
 * The shop's working time. A weekday with no intervals is a day off; lunch breaks are the gaps between
 * intervals (09:00–12:00 and 13:30–18:00). A holiday is off whatever its weekday, and wins over an extra
 * workday of the same date (the checker refuses that pair anyway).
 */
export interface ShopCalendar {
  /** IANA zone, e.g. Asia/Shanghai or America/New_York. */
  timeZone: string;
  week: Readonly<Record<Weekday, readonly WorkingInterval[]>>;
  /** YYYY-MM-DD dates in the shop zone. */
  holidays: readonly string[];
  extraWorkdays: readonly ExtraWorkday[];
}

/** A stretch a ticket spent pending; end is null while it still waits. */
export interface PendingInterval {
  start: string;
  end: string | null;
}

/** The moments of a ticket the SLA clocks read (ISO-8601 UTC). */
export interface TicketTimeline {
  createdAt: string;
  /** The first reply to the customer (internal notes do not count). */
  firstReplyAt: string | null;
  /** In any order, possibly overlapping; a resolved-then-reopened stretch belongs here too. */
  pendingIntervals: readonly PendingInterval[];
  resolvedAt: string | null;
}

/**
 * met / breached once the clock has stopped; for a clock still running: breached (past its due moment),
 * paused (pending now), due_soon (within the DueSoonRule) or running.
 */
export const slaClockStates = ['met', 'breached', 'due_soon', 'running', 'paused'] as const;
export type SlaClockState = (typeof slaClockStates)[number];

export interface SlaClock {
  targetMinutes: number;
  /**
   * The moment the target is used up, pauses included. While paused it is where the due moment would be if
   * work resumed now, so it moves later for as long as the ticket stays pending.
   */
  dueAt: string;
  /** Working time counted so far (until the clock stopped, else until now), pending excluded. */
  elapsedMs: number;
  /** targetMinutes in ms − elapsedMs; negative once over the target. */
  remainingMs: number;
  /** When the clock stopped (first reply, or resolution), null while it runs. */
  stoppedAt: string | null;
  state: SlaClockState;
}

export interface TicketSla {
  /** Null when the policy has no first-response target for the ticket's type and priority. */
  firstResponse: SlaClock | null;
  resolution: SlaClock | null;
}
