import type BetterSqlite3 from 'better-sqlite3';
import { currencyMinorDigits } from '../../../../shared/logic/decimal';
import { nowIso } from '../../../../shared/logic/ids';
import { catalogColumnKeys, catalogHeaders, priceBandLabel, type CatalogLang } from './columns';
import { loadSnapshot } from './snapshot';
import { COST_COLUMN_KEYS } from '../hide-costs';
import type { TableColumn } from '../../reports/xlsx-writer/columns';
import { writeTableFile, type ExtraSheet } from '../../reports/xlsx-writer/write-table';

export type CatalogFileFormat = 'xlsx' | 'csv';

/** A cell as written: text stays text (codes, barcodes), amounts and counts are numbers in xlsx. */
type Cell = string | number | null;

/**
 * The whole catalog, one row per SKU in the import columns, so export → edit → import round-trips.
 * Storefront columns follow the storefronts that are not archived.
 */
export function catalogRows(
  sqlite: BetterSqlite3.Database,
  lang: CatalogLang,
): { headers: string[]; rows: Cell[][] } {
  const snap = loadSnapshot(sqlite, nowIso());
  const storefronts = [...snap.storefronts.values()].filter((s) => !s.archived);
  const headers = catalogHeaders(
    storefronts.map((s) => s.name),
    lang,
  );
  const base = currencyMinorDigits(snap.baseCurrency);
  // Minor units ÷ 10^digits is exact enough to print back as the same decimal text (1234 → 12.34).
  const money = (minor: number, digits: number): number => minor / 10 ** digits;
  const ordered = [...snap.skus.entries()].sort(([a, sa], [b, sb]) =>
    sa.productName === sb.productName ? (a < b ? -1 : 1) : sa.productName < sb.productName ? -1 : 1,
  );
  const rows = ordered.map(([code, s]): Cell[] => [
    s.productName,
    code,
    s.name,
    s.category,
    s.brand,
    s.barcode,
    s.weightG,
    s.cost ? money(s.cost.purchase, base) : null,
    s.cost ? money(s.cost.packaging, base) : null,
    s.cost ? money(s.cost.freight, base) : null,
    s.cost ? money(s.cost.other, base) : null,
    s.stock,
    s.reorder,
    priceBandLabel[lang][s.band as 'high' | 'mid' | 'low'] ?? s.band,
    ...storefronts.flatMap((sf) => {
      const l = s.listings.get(sf.id);
      return [l ? money(l.price, currencyMinorDigits(sf.currency)) : null, l?.externalSkuId ?? null];
    }),
  ]);
  return { headers, rows };
}

/** Text columns that must stay text even when they look like numbers: codes and barcodes, "0012" stays "0012"; the price band (last fixed column) is a word. */
const TEXT_COLUMNS = new Set([0, 1, 2, 3, 4, 5]);

/**
 * The catalog's columns for the shared table writer: names, codes and barcodes (and each storefront's SKU id)
 * are text; amounts are already decimal numbers in their currency's major units, so they round-trip as typed.
 */
function catalogColumns(headers: string[], omit: ReadonlySet<number>): TableColumn<Cell[]>[] {
  const storefrontStart = catalogColumnKeys.length;
  return headers.flatMap((header, i): TableColumn<Cell[]>[] => {
    // Left out by position, rows stay whole: every kept column still reads its own cell r[i].
    if (omit.has(i)) return [];
    const text =
      TEXT_COLUMNS.has(i) ||
      i === storefrontStart - 1 ||
      (i >= storefrontStart && (i - storefrontStart) % 2 === 1);
    return [
      {
        header,
        kind: text ? 'text' : 'decimal',
        width: i < 3 ? 24 : 14,
        value: (r: Cell[]) => r[i],
      },
    ];
  });
}

/** Positions of the cost columns in a catalog file, left out of the service role's files (PRODUCT.md §10). */
export const costColumnPositions = (hide: boolean): ReadonlySet<number> =>
  new Set(hide ? COST_COLUMN_KEYS.map((k) => catalogColumnKeys.indexOf(k)) : []);

export async function writeCatalogFile(
  file: string,
  format: CatalogFileFormat,
  headers: string[],
  rows: Cell[][],
  sheetTitle: string,
  help?: { title: string; rows: string[][] },
  omit: ReadonlySet<number> = new Set(),
): Promise<void> {
  const extraSheets: ExtraSheet[] = help
    ? [
        {
          spec: {
            sheet: help.title,
            columns: [0, 1].map((i) => ({
              header: help.rows[0]?.[i] ?? '',
              kind: 'text' as const,
              width: i === 0 ? 28 : 90,
              value: (r: string[]) => r[i],
            })),
          },
          rows: help.rows.slice(1),
        },
      ]
    : [];
  await writeTableFile(file, format, { sheet: sheetTitle, columns: catalogColumns(headers, omit) }, rows, {
    extraSheets,
  });
}
