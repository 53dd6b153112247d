/**
 * The order shop (order-shop.ts) with two service agents, the first acting, a Shanghai Monday–Friday
 * 09:00–18:00 calendar and simple SLA targets, for the ticket tests. Services are called directly with fixed
 * moments (`sh('2024-03-11 10:00')`), so SLA clocks are hand-checkable.
 */
import type { StaffMember } from '../../shared/domain/staff';
import type { TicketCreate } from '../../shared/api/schemas/tickets';
import { shopCalendarSchema, ticketCreateSchema } from '../../shared/api/schemas/tickets';
import { createTicket } from '../../electron/core/tickets/create';
import { saveTicketSetup } from '../../electron/core/tickets/setup';
import { requireTicket } from '../../electron/core/tickets/repo';
import { shanghai } from './shop-calendars';
import { sh } from './ticket-timelines';
import { value, type TempCore } from './catalog-data';
import { orderShop, type OrderShop } from './order-shop';

export interface TicketShop extends OrderShop {
  li: StaffMember;
  wang: StaffMember;
  /** Order id by external id. */
  order(externalId: string): string;
}

/**
 * Targets in working minutes: return/normal answers in 60 and resolves in 540 (one working day); refund_only
 * urgent in 30 / 240; inquiry/normal has a first-response target only (120). Due soon: the last 25 %.
 */
export async function ticketShop(core: TempCore): Promise<TicketShop> {
  const shop = await orderShop(core);
  const li = await value<StaffMember>(core.dispatch('staff', 'create', { name: '李客服', role: 'service' }));
  const wang = await value<StaffMember>(
    core.dispatch('staff', 'create', { name: '王客服', role: 'service' }),
  );
  await value(core.dispatch('settings', 'update', { actingStaffId: li.id }));
  saveTicketSetup(
    core.ctx.sqlite,
    {
      calendar: shopCalendarSchema.parse(shanghai),
      dueSoon: { kind: 'share', bp: 2500 },
      pendingTooLongHours: 48,
      rules: [
        { type: 'return', priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 540 },
        { type: 'refund_only', priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 240 },
        { type: 'inquiry', priority: 'normal', firstResponseMinutes: 120, resolutionMinutes: null },
      ],
    },
    sh('2024-03-01 09:00'),
  );
  return {
    ...shop,
    li,
    wang,
    order: (externalId) => {
      const id = shop.ids.get(externalId);
      if (!id) throw new Error(`no order ${externalId}`);
      return id;
    },
  };
}

/** Creates a ticket through the service at a fixed moment, with the input parsed as the API would. */
export function newTicket(
  core: TempCore,
  input: Partial<TicketCreate> & Record<string, unknown>,
  at: string,
): string {
  const parsed = ticketCreateSchema.parse({ type: 'return', subject: '杯子有裂纹', ...input });
  return createTicket(core.ctx.sqlite, parsed, at);
}

export const ticketRow = (core: TempCore, id: string) => requireTicket(core.ctx.sqlite, id);

export const eventsOf = (core: TempCore, id: string) =>
  core.ctx.sqlite
    .prepare(
      'SELECT kind, actor_id, from_value, to_value, body, at FROM ticket_events WHERE ticket_id = ? ORDER BY id',
    )
    .all(id) as {
    kind: string;
    actor_id: string | null;
    from_value: string | null;
    to_value: string | null;
    body: string | null;
    at: string;
  }[];
