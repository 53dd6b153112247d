/**
 * Currencies as Western platforms name them: a Currency column with an ISO code (Shopify, Amazon, Etsy,
 * WooCommerce), or only a mark inside the amount text (eBay: "US $12.50", "£8.99", "AU $20.00", "EUR 90,00").
 */

/** "usd " → "USD"; null when the cell is not a three-letter code (blank is handled by the caller). */
export function currencyCode(text: string | undefined): string | null {
  const t = (text ?? '').replace(/^\t+/, '').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(t) ? t : null;
}

// Checked in this order: "AU $" and "C $" before a bare "$", which names no currency on its own.
const AMOUNT_MARKS: readonly (readonly [RegExp, string])[] = [
  [/\bAU\s*\$|\bAUD\b|\bA\$/i, 'AUD'],
  [/(?:^|[^A-Z])C\s*\$|\bCAD\b/i, 'CAD'],
  [/\bUS\s*\$|\bUSD\b/i, 'USD'],
  [/£|\bGBP\b/i, 'GBP'],
  [/€|\bEUR\b/i, 'EUR'],
  [/\bCHF\b/i, 'CHF'],
];

/** The currency an amount text names ("US $12.50" → USD), or null for a bare number or a bare "$". */
export function currencyInAmount(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  for (const [mark, code] of AMOUNT_MARKS) if (mark.test(t)) return code;
  return null;
}
