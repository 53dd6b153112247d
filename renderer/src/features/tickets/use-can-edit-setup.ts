import { useShop } from '../../shop-context';

/**
 * Whether the person working now may change the after-sales setup: owners and operators may; the service
 * role reads it (PRODUCT.md §7). Before anyone is chosen as "who is working" the shop is its owner's.
 */
export function useCanEditSetup(): boolean {
  const { settings, staff } = useShop();
  const acting = staff.find((s) => s.id === settings?.actingStaffId);
  return acting?.role !== 'service';
}
