import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Page } from '../../../shared/domain/catalog';
import type { ImportRecord } from '../../../shared/domain/orders';
import type { ImportHistoryQuery } from '../../../shared/api/schemas/imports';

/** Newest first: file names, checksum, counts, who and when, for every order and fee import that landed. */
export async function importHistory(
  db: Kysely<Database>,
  q: ImportHistoryQuery,
): Promise<Page<ImportRecord>> {
  let base = db
    .selectFrom('imports')
    .innerJoin('storefronts', 'storefronts.id', 'imports.storefront_id')
    .leftJoin('staff', 'staff.id', 'imports.actor_id');
  if (q.storefrontId) base = base.where('imports.storefront_id', '=', q.storefrontId);
  if (q.repeatedOnly) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('imports as other')
          .select('other.id')
          .whereRef('other.checksum', '=', 'imports.checksum')
          .whereRef('other.id', '<>', 'imports.id'),
      ),
    );
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('imports')
    .select(['storefronts.name as storefront_name', 'staff.name as actor_name'])
    .orderBy('imports.at', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return {
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind as ImportRecord['kind'],
      storefrontId: r.storefront_id,
      storefrontName: r.storefront_name,
      format: r.format,
      files: JSON.parse(r.files) as string[],
      checksum: r.checksum,
      inserted: r.inserted,
      updated: r.updated,
      unchanged: r.unchanged,
      lines: r.lines,
      warnings: r.warnings,
      actorId: r.actor_id,
      actorName: r.actor_name,
      at: r.at,
    })),
  };
}
