export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export interface Settings {
  baseCurrency: string;
  timezone: string;
  language: Language;
  /** Staff member acting now ("who is working"); null before anyone is chosen. */
  actingStaffId: string | null;
  /** The newest automatic backup of each of the last N days is kept (backup-retention.ts). */
  backupKeepDays: number;
  /** … and the newest of each of the last M ISO weeks (0 = no weekly copies beyond the daily ones). */
  backupKeepWeeks: number;
  /** Minimum margin (profit ÷ net price) a price floor keeps above break-even, in basis points. */
  minMarginBp: number;
  /** A SKU's price spread across storefronts above this (basis points) is flagged. */
  priceSpreadAlertBp: number;
  /** A SKU with more days of cover than this (or no sale in 30 days) is a slow mover. */
  slowMoverDays: number;
}
