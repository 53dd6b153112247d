import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrderFilters, OrderSort, SortDirection } from '../../../../shared/domain/order-list';
import { api } from '../../api';
import { ExportMenu } from '../../components/ExportMenu';

interface Props {
  filters: OrderFilters;
  sort: OrderSort;
  direction: SortDirection;
}

/** Exports every order the current filters match (not only the page in view). */
export function OrderExport({ filters, sort, direction }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <ExportMenu
      purpose="orderExport"
      texts={{
        menu: t('orders.export'),
        xlsx: t('orders.exportXlsx'),
        csv: t('orders.exportCsv'),
        pathTitle: t('orders.pathTitle'),
        pathHint: t('orders.pathHint'),
        path: t('orders.path'),
        continue: t('orders.continue'),
        written: (w) => t('orders.exported', { rows: w.rows, path: w.path }),
      }}
      defaultName={(format) => `channeldesk-orders-${dayjs().format('YYYY-MM-DD')}.${format}`}
      write={(format, path) => api.orders.export({ path, lang, format, filters, sort, direction })}
    />
  );
}
