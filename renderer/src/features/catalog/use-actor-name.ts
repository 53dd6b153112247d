import { useTranslation } from 'react-i18next';
import { useShop } from '../../shop-context';

/** Who did it: the staff member's name, or the id when the person has since left the list. */
export function useActorName() {
  const { staff } = useShop();
  const { t } = useTranslation();
  return (id: string | null) => (id ? (staff.find((s) => s.id === id)?.name ?? id) : t('common.none'));
}
