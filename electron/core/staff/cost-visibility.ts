import type { Sqlite } from '../db/connection';
import { AppError } from '../../../shared/api/result';
import { costRoleErrorEn, type CostRoleErrorKey } from '../../../shared/api/schemas/cost-visibility-texts';
import type { StaffRole } from '../../../shared/domain/staff';
import { readShop, stmt } from '../pricing/raw-context';

/** The role of the staff member "working" now (settings.actingStaffId); null when nobody is chosen. */
export function actingRole(sqlite: Sqlite): StaffRole | null {
  const id = readShop(sqlite).actingStaffId;
  if (!id) return null;
  const row = stmt(sqlite, 'SELECT role FROM staff WHERE id = ?').get(id) as { role: StaffRole } | undefined;
  return row?.role ?? null;
}

/**
 * PRODUCT.md §10: the service role does not see costs and profit. The one test every core read asks, so the
 * dashboard, orders, customers, catalog, pricing, promotions and reports can never disagree about it.
 */
export const costsHiddenFor = (sqlite: Sqlite): boolean => actingRole(sqlite) === 'service';

/** For calls made of costs (pricing, the monthly report, cost writes): FORBIDDEN for the service role. */
export function requireCostsVisible(sqlite: Sqlite, key: CostRoleErrorKey): void {
  if (costsHiddenFor(sqlite)) throw new AppError('FORBIDDEN', costRoleErrorEn[key], { key });
}
