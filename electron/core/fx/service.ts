import { inTransaction } from '../db/transaction';
import type { Kysely } from 'kysely';
import type { Database, FxRateRow } from '../db/schema';
import type { FxRate } from '../../../shared/domain/fx';
import { AppError, notFound } from '../../../shared/api/result';
import { newId, nowIso } from '../../../shared/logic/ids';
import { writeAudit } from '../audit/repo';
import { getSettings } from '../settings/service';

const toRate = (r: FxRateRow): FxRate => ({ id: r.id, currency: r.currency, date: r.date, rate: r.rate });

export async function listFxRates(db: Kysely<Database>, currency?: string): Promise<FxRate[]> {
  let q = db.selectFrom('fx_rates').selectAll().orderBy('currency').orderBy('date', 'desc');
  if (currency) q = q.where('currency', '=', currency);
  return (await q.execute()).map(toRate);
}

/** Adds a rate, or corrects the rate already entered for that currency and date (audited either way). */
export async function addFxRate(
  db: Kysely<Database>,
  input: { currency: string; date: string; rate: string },
): Promise<FxRate> {
  return inTransaction(db, async (trx) => {
    const { baseCurrency } = await getSettings(trx);
    if (input.currency === baseCurrency) {
      throw new AppError('INVALID_INPUT', `${input.currency} is the base currency; its rate is always 1`, {
        key: 'fxBaseCurrency',
        params: { currency: input.currency },
        issues: [{ path: 'currency', message: 'fxBaseCurrency' }],
      });
    }
    const existing = await trx
      .selectFrom('fx_rates')
      .selectAll()
      .where('currency', '=', input.currency)
      .where('date', '=', input.date)
      .executeTakeFirst();
    const id = existing?.id ?? newId();
    if (existing) {
      await trx.updateTable('fx_rates').set({ rate: input.rate }).where('id', '=', id).execute();
    } else {
      await trx
        .insertInto('fx_rates')
        .values({ id, currency: input.currency, date: input.date, rate: input.rate, created_at: nowIso() })
        .execute();
    }
    await writeAudit(trx, {
      entity: 'fx_rate',
      entityId: id,
      action: existing ? 'update' : 'create',
      detail: { ...input, before: existing?.rate ?? null },
    });
    return toRate({ ...(existing ?? { created_at: nowIso() }), id, ...input } as FxRateRow);
  });
}

export async function removeFxRate(db: Kysely<Database>, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('fx_rates').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('fx_rate', id);
    await trx.deleteFrom('fx_rates').where('id', '=', id).execute();
    await writeAudit(trx, { entity: 'fx_rate', entityId: id, action: 'delete', detail: { ...toRate(row) } });
    return { id };
  });
}

/** The rate in force on `date`: the latest one entered for that currency on or before it. */
export async function rateOn(
  db: Kysely<Database>,
  currency: string,
  date: string,
): Promise<FxRate | undefined> {
  const row = await db
    .selectFrom('fx_rates')
    .selectAll()
    .where('currency', '=', currency)
    .where('date', '<=', date)
    .orderBy('date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRate(row) : undefined;
}
