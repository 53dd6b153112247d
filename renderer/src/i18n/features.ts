import type { Strings } from './en';
import { catalogTexts } from '../features/catalog/i18n';
import { catalogFilesTexts } from '../features/catalog/catalog-files-i18n';
import { pricingTexts } from '../features/pricing/i18n';
import { repricingTexts } from '../features/pricing/repricing-i18n';
import { spreadTexts } from '../features/pricing/spread-i18n';
import { importsTexts } from '../features/imports/i18n';
import { ordersTexts } from '../features/orders/i18n';
import { customersTexts } from '../features/customers/i18n';
import { backupTexts } from '../features/backup/i18n';
import { recoveryTexts } from '../features/recovery/i18n';
import { dashboardTexts } from '../features/dashboard/i18n';
import { reportsTexts } from '../features/reports/i18n';

/**
 * Each feature keeps its texts beside its pages (`features/<feature>/i18n.ts`) and is listed here once; its
 * keys live under its own name (`t('catalog.title')`). zhCN is typed from en, so a missing translation fails tsc.
 */
export interface FeatureTexts<T> {
  name: string;
  en: T;
  zhCN: Strings<T>;
}

export const feature = <T>(texts: FeatureTexts<T>): FeatureTexts<unknown> => texts as FeatureTexts<unknown>;

export const featureTexts: FeatureTexts<unknown>[] = [
  feature(catalogTexts),
  feature(catalogFilesTexts),
  feature(pricingTexts),
  feature(repricingTexts),
  feature(spreadTexts),
  feature(importsTexts),
  feature(ordersTexts),
  feature(customersTexts),
  feature(backupTexts),
  feature(recoveryTexts),
  feature(dashboardTexts),
  feature(reportsTexts),
];
