import type { Sqlite } from '../db/connection';
import { AppError } from '../../../shared/api/result';
import { ticketErrorText } from '../../../shared/api/schemas/tickets-texts';
import { actingRole } from '../dashboard/service';

/**
 * SLA targets, the shop calendar and the queue thresholds are the shop's policy (PRODUCT.md §7): owners and
 * operators change them, the service role works by them (canned replies stay open to agents: they write
 * them). The setup page shows the policy read-only to that role; this refuses the write from any caller.
 */
export function refuseServiceRole(sqlite: Sqlite): void {
  if (actingRole(sqlite) !== 'service') return;
  throw new AppError('FORBIDDEN', ticketErrorText('ticketSetupRole', {}), {
    key: 'ticketSetupRole',
    params: {},
  });
}
