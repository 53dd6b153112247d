import { useShopIfAny } from '../shop-context';

/**
 * Whether the person working now has the service role, which sees no costs or profit (PRODUCT.md §10). Core
 * already leaves the figures out (null) or refuses the call; this only lets screens drop the empty columns and
 * say why instead of calling what would be refused. Outside ShopProvider nobody is acting: false.
 */
export function useCostsHidden(): boolean {
  const shop = useShopIfAny();
  return shop?.staff.find((s) => s.id === shop.settings?.actingStaffId)?.role === 'service';
}
