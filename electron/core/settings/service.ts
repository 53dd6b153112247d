import { inTransaction } from '../db/transaction';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema';
import type { Language, Settings } from '../../../shared/domain/settings';
import type { settingsPatchSchema } from '../../../shared/api/schemas/settings';
import { AppError } from '../../../shared/api/result';
import { isTimeZone } from '../../../shared/api/schemas/common';
import { DEFAULT_MIN_MARGIN_BP } from '../../../shared/logic/pricing';
import { DEFAULT_PRICE_SPREAD_ALERT_BP } from '../../../shared/logic/pricing/price-spread';
import { DEFAULT_SLOW_MOVER_DAYS } from '../../../shared/logic/stock-cover';
import { readSettingRows, writeSettingRows } from './repo';
import { writeAudit } from '../audit/repo';

export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/**
 * Defaults when a setting was never saved. METRICS.md: the shop's time zone defaults to Asia/Shanghai for a
 * Chinese locale, else the computer's zone; the language follows the computer's locale.
 */
export function defaultSettings(locale = Intl.DateTimeFormat().resolvedOptions().locale): Settings {
  const chinese = locale.toLowerCase().startsWith('zh');
  const osZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    baseCurrency: 'CNY',
    timezone: chinese ? 'Asia/Shanghai' : osZone && isTimeZone(osZone) ? osZone : 'UTC',
    language: (chinese ? 'zh-CN' : 'en') as Language,
    actingStaffId: null,
    backupKeepDays: 14,
    backupKeepWeeks: 8,
    minMarginBp: DEFAULT_MIN_MARGIN_BP,
    priceSpreadAlertBp: DEFAULT_PRICE_SPREAD_ALERT_BP,
    slowMoverDays: DEFAULT_SLOW_MOVER_DAYS,
  };
}

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const stored = await readSettingRows(db);
  const defaults = defaultSettings();
  const pick = <K extends keyof Settings>(key: K): Settings[K] =>
    stored.has(key) ? (stored.get(key) as Settings[K]) : defaults[key];
  return {
    baseCurrency: pick('baseCurrency'),
    timezone: pick('timezone'),
    language: pick('language'),
    actingStaffId: pick('actingStaffId'),
    backupKeepDays: pick('backupKeepDays'),
    backupKeepWeeks: pick('backupKeepWeeks'),
    minMarginBp: pick('minMarginBp'),
    priceSpreadAlertBp: pick('priceSpreadAlertBp'),
    slowMoverDays: pick('slowMoverDays'),
  };
}

export async function updateSettings(db: Kysely<Database>, patch: SettingsPatch): Promise<Settings> {
  return inTransaction(db, async (trx) => {
    if (patch.actingStaffId) {
      const member = await trx
        .selectFrom('staff')
        .select(['id', 'archived'])
        .where('id', '=', patch.actingStaffId)
        .executeTakeFirst();
      if (!member || member.archived) {
        throw new AppError('NOT_FOUND', `Staff member ${patch.actingStaffId} was not found`, {
          key: 'notFound',
          params: { entity: 'staff', id: patch.actingStaffId },
        });
      }
    }
    const before = await getSettings(trx);
    await writeSettingRows(trx, patch);
    const after = await getSettings(trx);
    const changed = Object.keys(patch).filter(
      (k) => JSON.stringify(before[k as keyof Settings]) !== JSON.stringify(after[k as keyof Settings]),
    );
    // Switching the acting person is not itself worth an audit row; everything else is.
    if (changed.some((k) => k !== 'actingStaffId')) {
      await writeAudit(trx, {
        entity: 'settings',
        entityId: 'shop',
        action: 'update',
        detail: { before, after },
      });
    }
    return after;
  });
}

/** First-run defaults are written once so later locale changes of the computer do not move the shop's zone. */
export async function ensureSettings(db: Kysely<Database>, locale?: string): Promise<Settings> {
  const stored = await readSettingRows(db);
  const defaults = defaultSettings(locale);
  const missing = Object.fromEntries(
    (['baseCurrency', 'timezone', 'language'] as const)
      .filter((k) => !stored.has(k))
      .map((k) => [k, defaults[k]]),
  );
  if (Object.keys(missing).length) await writeSettingRows(db, missing);
  return getSettings(db);
}
