import type { Sqlite } from '../db/connection';
import { AppError } from '../../../shared/api/result';
import type { TicketSetupPatch } from '../../../shared/api/schemas/tickets';
import type { TicketSetup } from '../../../shared/domain/ticket-views';
import type { DueSoonRule, ShopCalendar, SlaPolicy, SlaPolicyRule } from '../../../shared/domain/tickets';
import { checkCalendar } from '../../../shared/logic/working-calendar';
import { readShop, stmt } from '../pricing/raw-context';
import { actorOf, storedSetting } from './repo';
import { refreshDueAt } from './sla-view';

/** Settings keys (key → JSON rows, electron/core/settings): adding a setting never needs a migration. */
const KEYS = {
  calendar: 'shopCalendar',
  dueSoon: 'ticketDueSoon',
  pendingTooLongHours: 'ticketPendingTooLongHours',
} as const;

const nineToSix = [{ start: '09:00', end: '18:00' }];

/** Until the shop sets its hours: Monday–Friday 09:00–18:00 in the shop's time zone, no holidays. */
export function defaultCalendar(timeZone: string): ShopCalendar {
  return {
    timeZone,
    week: {
      mon: nineToSix,
      tue: nineToSix,
      wed: nineToSix,
      thu: nineToSix,
      fri: nineToSix,
      sat: [],
      sun: [],
    },
    holidays: [],
    extraWorkdays: [],
  };
}

export const DEFAULT_DUE_SOON: DueSoonRule = { kind: 'share', bp: 2500 };
export const DEFAULT_PENDING_TOO_LONG_HOURS = 48;

/** Everything the SLA clocks read, once per request: one calendar object keeps its compiled day cache. */
export interface TicketSetupContext extends TicketSetup {
  policy: SlaPolicy;
}

export function readRules(sqlite: Sqlite): SlaPolicyRule[] {
  return (
    stmt(
      sqlite,
      'SELECT type, priority, first_response_minutes, resolution_minutes FROM sla_policies ORDER BY type, priority',
    ).all() as {
      type: SlaPolicyRule['type'];
      priority: SlaPolicyRule['priority'];
      first_response_minutes: number | null;
      resolution_minutes: number | null;
    }[]
  ).map((r) => ({
    type: r.type,
    priority: r.priority,
    firstResponseMinutes: r.first_response_minutes,
    resolutionMinutes: r.resolution_minutes,
  }));
}

/**
 * One calendar object per distinct calendar: working-calendar.ts compiles a calendar (zone offsets, day spans)
 * once per object, and every request reading a fresh copy from settings would compile it again (measured:
 * most of a ticket write's time).
 */
const calendars = new Map<string, ShopCalendar>();
function sharedCalendar(calendar: ShopCalendar): ShopCalendar {
  const key = JSON.stringify(calendar);
  let known = calendars.get(key);
  if (!known) {
    if (calendars.size > 20) calendars.clear();
    calendars.set(key, (known = calendar));
  }
  return known;
}

export function readTicketSetup(sqlite: Sqlite): TicketSetupContext {
  const stored = storedSetting<ShopCalendar>(sqlite, KEYS.calendar);
  const calendar = sharedCalendar(
    stored ?? defaultCalendar(storedSetting<string>(sqlite, 'timezone') ?? readShop(sqlite).timezone),
  );
  const dueSoon = storedSetting<DueSoonRule>(sqlite, KEYS.dueSoon) ?? DEFAULT_DUE_SOON;
  const pendingTooLongHours =
    storedSetting<number>(sqlite, KEYS.pendingTooLongHours) ?? DEFAULT_PENDING_TOO_LONG_HOURS;
  const rules = readRules(sqlite);
  return { calendar, dueSoon, pendingTooLongHours, rules, policy: { rules, dueSoon } };
}

const writeSetting = (sqlite: Sqlite, key: string, value: unknown): void => {
  stmt(
    sqlite,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
};

/**
 * Saves the parts given, in one transaction, audited; the calendar is checked by checkCalendar and each problem
 * names its field. Open tickets' stored due moments are recomputed, so the queues follow the new hours at once.
 */
export function saveTicketSetup(sqlite: Sqlite, patch: TicketSetupPatch, at: string): TicketSetup {
  if (patch.calendar) {
    const problems = checkCalendar(patch.calendar);
    if (problems.length) {
      throw new AppError(
        'INVALID_INPUT',
        `The shop calendar is not valid: ${problems.map((p) => `${p.field} ${p.key}`).join('; ')}`,
        {
          key: 'invalidInput',
          issues: problems.map((p) => ({ path: `calendar.${p.field}`, message: p.key })),
        },
      );
    }
  }
  return sqlite.transaction((): TicketSetup => {
    const before = readTicketSetup(sqlite);
    if (patch.calendar) writeSetting(sqlite, KEYS.calendar, patch.calendar);
    if (patch.dueSoon) writeSetting(sqlite, KEYS.dueSoon, patch.dueSoon);
    if (patch.pendingTooLongHours !== undefined)
      writeSetting(sqlite, KEYS.pendingTooLongHours, patch.pendingTooLongHours);
    if (patch.rules) {
      stmt(sqlite, 'DELETE FROM sla_policies').run();
      const insert = stmt(sqlite, 'INSERT INTO sla_policies VALUES (?, ?, ?, ?, ?)');
      for (const r of patch.rules) {
        if (r.firstResponseMinutes === null && r.resolutionMinutes === null) continue;
        insert.run(r.type, r.priority, r.firstResponseMinutes, r.resolutionMinutes, at);
      }
    }
    const after = readTicketSetup(sqlite);
    const open = stmt(sqlite, "SELECT id FROM tickets WHERE state IN ('new', 'open', 'pending')").all() as {
      id: string;
    }[];
    for (const { id } of open) refreshDueAt(sqlite, id, after, at);
    stmt(
      sqlite,
      'INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      at,
      actorOf(sqlite),
      'ticket_setup',
      'shop',
      'update',
      JSON.stringify({ before: strip(before), after: strip(after) }),
    );
    return strip(after);
  })();
}

const strip = ({ calendar, dueSoon, pendingTooLongHours, rules }: TicketSetupContext): TicketSetup => ({
  calendar,
  dueSoon,
  pendingTooLongHours,
  rules,
});

export const publicSetup = strip;
