import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { SkuSuggestion } from '../../../shared/domain/catalog';
import { toSku } from './repo';

/** Our codes shorter than this are not looked for inside a storefront code: "A1" is inside too many. */
const MIN_CONTAINED_CODE = 3;

/**
 * What an unmatched storefront code may mean. Storefront codes are often ours with a prefix or suffix
 * ("TM-0012-RED" for 0012) or a part of ours, so both directions count, compared without case; then products
 * and SKUs whose names contain the text (through the catalog's trigram index). Exact substrings, never fuzzy
 * guesses: the person confirms every link.
 */
export async function suggestSkus(db: Kysely<Database>, code: string, limit = 8): Promise<SkuSuggestion[]> {
  const text = code.trim().toLowerCase();
  const byName = text.length >= 3 && !/[\\%_]/.test(text);
  const rows = await db
    .selectFrom('skus as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .selectAll('s')
    .select([
      'p.name as product_name',
      sql<number>`CASE
        WHEN instr(lower(s.code), ${text}) > 0 THEN 0
        WHEN length(s.code) >= ${MIN_CONTAINED_CODE} AND instr(${text}, lower(s.code)) > 0 THEN 1
        ELSE 2 END`.as('rank'),
    ])
    .where('s.archived', '=', 0)
    .where((eb) =>
      eb.or([
        eb(sql`instr(lower(s.code), ${text})`, '>', 0),
        eb.and([
          eb(sql`length(s.code)`, '>=', MIN_CONTAINED_CODE),
          eb(sql`instr(${text}, lower(s.code))`, '>', 0),
        ]),
        ...(byName
          ? [
              eb(
                's.product_id',
                'in',
                sql<string>`(SELECT r.product_id FROM catalog_search f JOIN catalog_search_rows r
                  ON r.search_rowid = f.rowid WHERE f.body LIKE ${`%${text}%`})`,
              ),
            ]
          : []),
      ]),
    )
    .orderBy('rank')
    .orderBy(sql`abs(length(s.code) - ${text.length})`)
    .orderBy('s.code')
    .limit(limit)
    .execute();
  const why = ['codeContains', 'containsCode', 'name'] as const;
  return rows.map((r) => ({ sku: toSku(r), productName: r.product_name, why: why[Number(r.rank)]! }));
}
