/**
 * The order ids one search text finds, as a UNION of index lookups — never a `LIKE '%x%'` scan over orders:
 * - order id, exact or prefix (orders_external; Shopify's "#1001" also by "1001"),
 * - buyer phone, exact as stored (orders_buyer_phone; a masked 138****1234 matches only itself),
 * - buyer name prefix, ignoring ASCII case (orders_buyer_name, NOCASE),
 * - SKU code of a line, exact ignoring case (order_lines_code),
 * - product or SKU name, SKU code or barcode containing the text, through the catalog's trigram index
 *   (catalog_search) → SKU ids → order_lines_sku.
 * Prefixes are ranges (`x >= text AND x < text + U+10FFFF`) rather than LIKE, so `%` and `_` in the text are
 * plain characters and the range always reaches the index.
 */

/** Above every character a text can continue with: the upper end of a prefix range. */
const AFTER_ALL = '\u{10FFFF}';

/**
 * A name search takes the orders of at most this many matching SKUs: a word found in most of the catalog ("杯")
 * would otherwise gather every order through every line (seconds at a million orders). The count then shows
 * "10,000+" anyway and the person narrows the search.
 */
export const MAX_NAME_SKUS = 200;

const hasLikeWildcard = (text: string) => /[\\%_]/.test(text);
const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchIdsSql(text: string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const idPrefix = (prefix: string) => {
    parts.push('SELECT id FROM orders WHERE external_id >= ? AND external_id < ?');
    params.push(prefix, prefix + AFTER_ALL);
  };
  idPrefix(text);
  if (!text.startsWith('#')) idPrefix(`#${text}`);

  parts.push('SELECT id FROM orders WHERE buyer_phone = ?');
  params.push(text);
  // People type phones with spaces or dashes (138 0013 8000); files store the digits.
  const compact = text.replace(/[\s-]/g, '');
  if (compact !== text && compact) {
    parts.push('SELECT id FROM orders WHERE buyer_phone = ?');
    params.push(compact);
  }

  parts.push(
    `SELECT id FROM orders WHERE buyer_name IS NOT NULL
       AND buyer_name >= ? COLLATE NOCASE AND buyer_name < ? COLLATE NOCASE`,
  );
  params.push(text, text + AFTER_ALL);

  parts.push('SELECT order_id FROM order_lines WHERE sku_code = ? COLLATE NOCASE');
  params.push(text);

  // One character would match a large part of any catalog: names and codes need at least two.
  if ([...text].length >= 2) {
    // catalog_search holds one row per product (name, then each SKU's code, name and barcode); the product hit
    // is narrowed to the SKUs that themselves match, or all of them when the product's name does. The trigram
    // index serves LIKE only without ESCAPE, so text with a wildcard of its own takes the escaped (slower) form.
    const like = hasLikeWildcard(text) ? `LIKE ? ESCAPE '\\'` : 'LIKE ?';
    parts.push(
      `SELECT l.order_id FROM order_lines l WHERE l.sku_id IS NOT NULL AND l.sku_id IN (
         SELECT s.id FROM catalog_search f
           JOIN catalog_search_rows r ON r.search_rowid = f.rowid
           JOIN products p ON p.id = r.product_id
           JOIN skus s ON s.product_id = p.id
         WHERE f.body ${like}
           AND (instr(lower(p.name), lower(?)) OR instr(lower(s.name), lower(?))
             OR instr(lower(s.code), lower(?)) OR instr(lower(coalesce(s.barcode, '')), lower(?)))
         LIMIT ${MAX_NAME_SKUS})`,
    );
    params.push(hasLikeWildcard(text) ? containsPattern(text) : `%${text}%`, text, text, text, text);
  }
  return { sql: parts.join('\n UNION '), params };
}
