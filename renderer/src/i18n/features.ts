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
import { ticketsTexts } from '../features/tickets/i18n';
import { ticketSetupTexts } from '../features/tickets/setup-i18n';
import { ticketImportTexts } from '../features/tickets/import-i18n';
import { ticketStatsTexts } from '../features/tickets/stats-i18n';
import { promotionsTexts } from '../features/promotions/i18n';
import { promoGuardTexts } from '../features/promotions/guardrail-i18n';
import { promoCalendarTexts } from '../features/promotions/calendar-i18n';
import { promoEvalTexts } from '../features/promotions/evaluation-i18n';
import { surveysTexts } from '../features/surveys/i18n';
import { surveyEntryTexts } from '../features/surveys/entry-i18n';
import { surveyResultsTexts } from '../features/surveys/results-i18n';

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
  feature(ticketsTexts),
  feature(ticketSetupTexts),
  feature(ticketImportTexts),
  feature(ticketStatsTexts),
  feature(promotionsTexts),
  feature(promoGuardTexts),
  feature(promoCalendarTexts),
  feature(promoEvalTexts),
  feature(surveysTexts),
  feature(surveyEntryTexts),
  feature(surveyResultsTexts),
];
