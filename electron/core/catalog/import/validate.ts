import { currencyMinorDigits, scaleDecimal } from '../../../../shared/logic/decimal';
import {
  columnText,
  matchHeader,
  priceBandText,
  type CatalogColumnKey,
  type StorefrontColumnKind,
} from './columns';
import { cleanCode, cleanText } from './read-rows';
import { externalKey, type CatalogSnapshot } from './snapshot';

/** One problem, named by spreadsheet row (1-based) and the column header as the file spells it. */
export interface ImportIssue {
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface RowListing {
  storefrontId: string;
  price?: number;
  externalSkuId?: string;
}

/** A validated row; an undefined field was empty in the file: unchanged on update, the default on create. */
export interface ParsedRow {
  row: number;
  productName: string;
  code: string;
  name?: string;
  category?: string;
  brand?: string;
  barcode?: string;
  weightG?: number;
  purchase?: number;
  packaging?: number;
  freight?: number;
  other?: number;
  stock?: number;
  reorder?: number;
  band?: 'high' | 'mid' | 'low';
  listings: RowListing[];
}

export interface Validation {
  rows: ParsedRow[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

interface Layout {
  headerRow: number;
  columns: Map<CatalogColumnKey, number>;
  storefrontColumns: { kind: StorefrontColumnKind; storefront: string; index: number }[];
  headers: string[];
}

const CODE = /^[^\p{Cc}]{1,64}$/u;
const MAX_TEXT = 200;

/** The header is the first of the top rows naming both the product name and SKU code columns (notes may precede it). */
function findLayout(rows: string[][], errors: ImportIssue[], warnings: ImportIssue[]): Layout | null {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const headers = rows[r]!;
    const columns = new Map<CatalogColumnKey, number>();
    const ignored: ImportIssue[] = [];
    const duplicates: ImportIssue[] = [];
    const storefrontColumns: Layout['storefrontColumns'] = [];
    headers.forEach((h, i) => {
      const m = matchHeader(h);
      if (!m) {
        if (h.trim()) ignored.push({ row: r + 1, column: h, key: 'ignoredColumn' });
        return;
      }
      if (m.kind === 'column') {
        if (columns.has(m.key)) duplicates.push({ row: r + 1, column: h, key: 'duplicateColumn' });
        else columns.set(m.key, i);
      } else storefrontColumns.push({ kind: m.kind, storefront: m.storefront, index: i });
    });
    if (columns.has('productName') && columns.has('skuCode')) {
      warnings.push(...ignored);
      errors.push(...duplicates);
      return { headerRow: r + 1, columns, storefrontColumns, headers };
    }
  }
  errors.push({ row: 1, column: '', key: 'headerNotFound' });
  return null;
}

type NumberResult = { value: number } | { key: string; params?: Record<string, number> };

/** Amount text as sellers type it ("1,694.07", "¥12.50") to minor units; too many decimals is an error, not rounding. */
export function parseAmount(text: string, digits: number): NumberResult {
  const t = text.replace(/^[¥￥$]|^(CNY|RMB|USD)\s*/i, '').trim();
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
  if (/^-\d*\.?\d+$/.test(plain)) return { key: 'negative' };
  if (!/^\d+(\.\d+)?$/.test(plain)) return { key: 'notANumber' };
  const value = scaleDecimal(plain, digits);
  if (value === null) {
    return (plain.split('.')[1]?.replace(/0+$/, '').length ?? 0) > digits
      ? { key: 'tooManyDecimals', params: { digits } }
      : { key: 'notANumber' };
  }
  return { value };
}

export function parseWhole(text: string): NumberResult {
  const t = /^-?\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text;
  if (/^-\d/.test(t)) return { key: 'negative' };
  if (/^\d+\.0*$/.test(t)) return { value: Number(t.split('.')[0]) };
  if (/^\d+\.\d+$/.test(t)) return { key: 'wholeNumber' };
  if (!/^\d{1,12}$/.test(t)) return { key: 'notANumber' };
  return { value: Number(t) };
}

export function validateRows(rows: string[][], snap: CatalogSnapshot): Validation {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const out: ParsedRow[] = [];
  const layout = findLayout(rows, errors, warnings);
  if (!layout) return { rows: out, errors, warnings };

  const storefrontCols = layout.storefrontColumns.map((c) => {
    const sf = snap.storefronts.get(c.storefront);
    if (!sf) {
      errors.push({
        row: layout.headerRow,
        column: layout.headers[c.index]!,
        key: 'unknownStorefront',
        params: { name: c.storefront },
      });
    }
    return { ...c, sf };
  });
  const costDigits = currencyMinorDigits(snap.baseCurrency);
  const seenCodes = new Map<string, number>();
  const seenExternal = new Map<string, number>();

  for (let r = layout.headerRow; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const rowNo = r + 1;
    const issue = (key: CatalogColumnKey | number, k: string, params?: ImportIssue['params']): void => {
      const column =
        typeof key === 'number'
          ? layout.headers[key]!
          : (layout.headers[layout.columns.get(key)!] ?? columnText[key].en);
      errors.push({ row: rowNo, column, key: k, ...(params ? { params } : {}) });
    };
    const raw = (key: CatalogColumnKey): string => {
      const i = layout.columns.get(key);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    const text = (key: CatalogColumnKey): string | undefined => {
      const v = cleanText(raw(key));
      if (v.length > MAX_TEXT) issue(key, 'tooLong');
      return v === '' ? undefined : v;
    };
    const code = cleanCode(raw('skuCode'));
    const productName = text('productName');
    const existing = code ? snap.skus.get(code) : undefined;
    if (!code) issue('skuCode', 'required');
    else if (!CODE.test(code)) issue('skuCode', 'code');
    else if (seenCodes.has(code)) issue('skuCode', 'duplicateCodeInFile', { row: seenCodes.get(code)! });
    else seenCodes.set(code, rowNo);
    if (!productName) issue('productName', 'required');

    const parsed: ParsedRow = { row: rowNo, productName: productName ?? '', code, listings: [] };
    parsed.name = text('skuName');
    if (!parsed.name && !existing) issue('skuName', 'required');
    parsed.category = text('category');
    parsed.brand = text('brand');
    const barcode = cleanCode(raw('barcode'));
    if (barcode) {
      if (!CODE.test(barcode)) issue('barcode', 'code');
      parsed.barcode = barcode;
    }
    const amount = (key: CatalogColumnKey): number | undefined => {
      const v = raw(key);
      if (!v) return undefined;
      const res = parseAmount(v, costDigits);
      if ('value' in res) return res.value;
      issue(key, res.key, res.params);
      return undefined;
    };
    const whole = (key: CatalogColumnKey): number | undefined => {
      const v = raw(key);
      if (!v) return undefined;
      const res = parseWhole(v);
      if ('value' in res) return res.value;
      issue(key, res.key);
      return undefined;
    };
    parsed.weightG = whole('weightG');
    parsed.purchase = amount('purchaseCost');
    parsed.packaging = amount('packagingCost');
    parsed.freight = amount('inboundFreight');
    parsed.other = amount('otherCost');
    parsed.stock = whole('stockOnHand');
    parsed.reorder = whole('reorderPoint');
    const bandText = raw('priceBand');
    if (bandText) {
      const band = priceBandText[bandText.normalize('NFKC').trim().toLowerCase()];
      if (band) parsed.band = band;
      else issue('priceBand', 'priceBand');
    }
    // Without a cost a new SKU would have no profit or break-even, so the purchase cost is required.
    if (!existing && raw('purchaseCost') === '') issue('purchaseCost', 'required');

    const byStore = new Map<string, RowListing>();
    const badPrice = new Set<string>();
    for (const c of storefrontCols) {
      const v = c.kind === 'price' ? cleanText(cells[c.index] ?? '') : cleanCode(cells[c.index] ?? '');
      if (!v || !c.sf) continue;
      const listing = byStore.get(c.sf.id) ?? { storefrontId: c.sf.id };
      byStore.set(c.sf.id, listing);
      if (c.kind === 'price') {
        const res = parseAmount(v, currencyMinorDigits(c.sf.currency));
        if ('value' in res) listing.price = res.value;
        else {
          issue(c.index, res.key, res.params);
          badPrice.add(c.sf.id);
        }
      } else if (!CODE.test(v)) issue(c.index, 'code');
      else {
        const key = externalKey(c.sf.id, v);
        const holder = snap.externalSkus.get(key);
        if (seenExternal.has(key)) issue(c.index, 'duplicateExternalSku', { row: seenExternal.get(key)! });
        else {
          if (holder !== undefined && holder !== code) issue(c.index, 'externalSkuTaken');
          seenExternal.set(key, rowNo);
        }
        listing.externalSkuId = v;
      }
    }
    for (const listing of byStore.values()) {
      const has = existing?.listings.has(listing.storefrontId);
      if (listing.price === undefined && !has && !badPrice.has(listing.storefrontId)) {
        const col = storefrontCols.find((c) => c.kind === 'price' && c.sf?.id === listing.storefrontId);
        const externalCol = storefrontCols.find((c) => c.sf?.id === listing.storefrontId)!;
        issue(col?.index ?? externalCol.index, 'listingPriceRequired');
      }
      parsed.listings.push(listing);
    }
    out.push(parsed);
  }
  if (out.length === 0 && errors.length === 0)
    errors.push({ row: layout.headerRow, column: '', key: 'noRows' });
  return { rows: out, errors, warnings };
}
