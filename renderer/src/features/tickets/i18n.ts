// Type-only: features.ts imports this file, so a runtime import back would be a cycle.
import type { FeatureTexts } from '../../i18n/features';
import { ticketsEn, type TicketsTexts } from './texts-en';
import { ticketsZh } from './texts-zh';

/** The tickets feature's texts, English and Chinese in their own files (each is long). */
export const ticketsTexts: FeatureTexts<TicketsTexts> = { name: 'tickets', en: ticketsEn, zhCN: ticketsZh };
