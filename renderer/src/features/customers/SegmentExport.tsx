import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CustomerFilter } from '../../../../shared/api/schemas/customers';
import { api } from '../../api';
import { ExportMenu } from '../../components/ExportMenu';

/**
 * Writes the customers the list shows (its tier, storefront and search) to a file for coupons and win-back
 * campaigns.
 */
export function SegmentExport({ filter }: { filter: CustomerFilter }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <ExportMenu
      purpose="customerExport"
      texts={{
        menu: t('customers.exportMenu'),
        xlsx: t('customers.exportXlsx'),
        csv: t('customers.exportCsv'),
        pathTitle: t('customers.pathTitle'),
        pathHint: t('customers.pathHint'),
        path: t('customers.path'),
        continue: t('customers.continue'),
        written: (w) => t('customers.exported', { rows: w.rows, path: w.path }),
      }}
      defaultName={(format) =>
        `channeldesk-customers-${filter.tier ?? 'all'}-${dayjs().format('YYYY-MM-DD')}.${format}`
      }
      write={(format, path) => api.customers.exportSegment({ ...filter, path, lang, format })}
    />
  );
}
