import fs from 'node:fs';
import path from 'node:path';
import type { Sqlite } from '../db/connection';
import type { ReportSchedule } from '../../../shared/domain/reports';
import type { Language } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/api/result';
import { localDate } from '../../../shared/logic/dates';
import { dueReportMonth } from '../../../shared/logic/report-schedule';
import { readShop } from '../pricing/raw-context';

/**
 * The scheduled export lives in the key → JSON settings table under its own key (no migration), beside the
 * month it last wrote, which only the report job itself records, once its file is complete.
 */
const SCHEDULE_KEY = 'reportSchedule';
const LAST_MONTH_KEY = 'reportScheduleLastMonth';

export function readSchedule(sqlite: Sqlite): ReportSchedule {
  const shop = readShop(sqlite);
  const stored = (shop.raw.get(SCHEDULE_KEY) ?? {}) as Partial<ReportSchedule>;
  const language = shop.raw.get('language');
  const last = shop.raw.get(LAST_MONTH_KEY);
  return {
    enabled: stored.enabled === true,
    folder: typeof stored.folder === 'string' ? stored.folder : null,
    lang: stored.lang ?? (language === 'en' ? 'en' : 'zh-CN'),
    lastWrittenMonth: typeof last === 'string' ? last : null,
  };
}

const upsert = (sqlite: Sqlite, key: string, value: unknown): void => {
  sqlite
    .prepare(
      `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    .run(key, JSON.stringify(value));
};

/** An enabled schedule needs an absolute folder that exists (the app passes one picked in a folder dialog). */
export function saveSchedule(
  sqlite: Sqlite,
  input: { enabled: boolean; folder: string | null; lang: Language },
): ReportSchedule {
  const folder = input.folder ? path.resolve(input.folder) : null;
  if (input.enabled && (!folder || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory())) {
    throw new AppError('INVALID_INPUT', `The folder ${input.folder ?? ''} does not exist`, {
      key: 'invalidInput',
      issues: [{ path: 'folder', message: 'folderMissing' }],
    });
  }
  upsert(sqlite, SCHEDULE_KEY, { enabled: input.enabled, folder, lang: input.lang });
  return readSchedule(sqlite);
}

/** Called by the report job when a scheduled file is in place. */
export const recordScheduledMonth = (sqlite: Sqlite, month: string): void =>
  upsert(sqlite, LAST_MONTH_KEY, month);

/** channeldesk-report-2024-03-en.xlsx: sorts by month in a folder, and says its language. */
export const reportFileName = (month: string, lang: Language): string =>
  `channeldesk-report-${month}-${lang}.xlsx`;

/** What a start of the app on `now` should write, if anything: the month and the file. */
export function dueScheduledReport(
  sqlite: Sqlite,
  now = new Date(),
): { month: string; file: string; lang: Language } | null {
  const schedule = readSchedule(sqlite);
  const today = localDate(now.toISOString(), readShop(sqlite).timezone);
  const month = dueReportMonth(today, schedule);
  if (!month || !schedule.folder || !fs.existsSync(schedule.folder)) return null;
  return {
    month,
    file: path.join(schedule.folder, reportFileName(month, schedule.lang)),
    lang: schedule.lang,
  };
}
