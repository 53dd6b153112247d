import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { currencyMinorDigits } from '../../../../shared/logic/decimal';
import { nowIso } from '../../../../shared/logic/ids';
import { catalogHeaders, priceBandLabel, type CatalogLang } from './columns';
import { loadSnapshot } from './snapshot';

export type CatalogFileFormat = 'xlsx' | 'csv';

/** A cell as written: text stays text (codes, barcodes), amounts and counts are numbers in xlsx. */
type Cell = string | number | null;

const FORMULA_START = /^[=+\-@]/;

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

/** Text columns that must stay text even when they look like numbers: codes and barcodes, "0012" stays "0012". */
const TEXT_COLUMNS = new Set([0, 1, 2, 3, 4, 5]);

export async function writeCatalogFile(
  file: string,
  format: CatalogFileFormat,
  headers: string[],
  rows: Cell[][],
  sheetTitle: string,
  help?: { title: string; rows: string[][] },
): Promise<void> {
  const partial = `${file}.partial`;
  try {
    if (format === 'csv') {
      // Excel opens UTF-8 csv correctly only with a BOM; a leading quote stops it from running =… as a formula.
      const safe = rows.map((r) =>
        r.map((c) => (typeof c === 'string' && FORMULA_START.test(c) ? `'${c}` : (c ?? ''))),
      );
      fs.writeFileSync(partial, `\uFEFF${stringify([headers, ...safe], { record_delimiter: '\r\n' })}`);
    } else {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: partial,
        useSharedStrings: false,
        useStyles: true,
      });
      const ws = wb.addWorksheet(sheetTitle, {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      ws.columns = headers.map((h, i) => ({ header: h, width: i < 3 ? 24 : 14 }));
      for (const r of rows) {
        // Strings are written as string cells, never {formula}: "=1+1" in a name stays the text "=1+1".
        const row = ws.addRow(r.map((c, i) => (c !== null && TEXT_COLUMNS.has(i) ? String(c) : c)));
        // Text format too, so editing "0012" in Excel does not turn it into the number 12.
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') cell.numFmt = '@';
        });
        row.commit();
      }
      ws.commit();
      if (help) {
        const hs = wb.addWorksheet(help.title);
        hs.columns = [{ width: 28 }, { width: 90 }];
        for (const r of help.rows) hs.addRow(r).commit();
        hs.commit();
      }
      await wb.commit();
    }
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}
