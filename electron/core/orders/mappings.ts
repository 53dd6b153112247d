import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { genericFields, type GenericImportSettings } from '../../../shared/domain/order-mapping';
import { orderStatuses } from '../../../shared/domain/orders';
import { nowIso } from '../../../shared/logic/ids';
import { normalizeHeader } from './formats/values';

/**
 * Column mappings of the generic importer, saved per storefront and header row (table import_mappings), so the
 * same export from the same shop is mapped once. The signature is the normalized header cells joined with
 * U+001F (a character no header contains); trailing empty cells are dropped, as a trailing delimiter on the
 * header line is an accident of the tool that wrote the file, not a different layout.
 */
export function mappingSignature(headers: readonly string[]): string {
  const names = headers.map(normalizeHeader);
  while (names.length && names[names.length - 1] === '') names.pop();
  return names.join('\u001f');
}

const fieldKeys = genericFields.map((f) => f.field) as [string, ...string[]];

/** What a stored row may hold; anything else (an older or hand-edited row) is ignored, never trusted. */
const storedSettings = z.object({
  mapping: z.partialRecord(z.enum(fieldKeys), z.string()),
  statusValues: z.record(z.string(), z.enum(orderStatuses)).optional(),
  defaultStatus: z.enum(orderStatuses).optional(),
  dayFirst: z.boolean().optional(),
});

export function saveMapping(
  sqlite: BetterSqlite3.Database,
  storefrontId: string,
  headers: readonly string[],
  settings: GenericImportSettings,
  at: string = nowIso(),
): void {
  sqlite
    .prepare(
      `INSERT INTO import_mappings (storefront_id, signature, mapping, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (storefront_id, signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
    )
    .run(storefrontId, mappingSignature(headers), JSON.stringify(settings), at);
}

/** The settings saved for this storefront and header row, or null when none (or the stored row is unusable). */
export function loadMapping(
  sqlite: BetterSqlite3.Database,
  storefrontId: string,
  headers: readonly string[],
): GenericImportSettings | null {
  const row = sqlite
    .prepare('SELECT mapping FROM import_mappings WHERE storefront_id = ? AND signature = ?')
    .get(storefrontId, mappingSignature(headers)) as { mapping: string } | undefined;
  if (!row) return null;
  let json: unknown;
  try {
    json = JSON.parse(row.mapping);
  } catch {
    return null;
  }
  const parsed = storedSettings.safeParse(json);
  return parsed.success ? (parsed.data as GenericImportSettings) : null;
}

export function deleteMapping(
  sqlite: BetterSqlite3.Database,
  storefrontId: string,
  headers: readonly string[],
): void {
  sqlite
    .prepare('DELETE FROM import_mappings WHERE storefront_id = ? AND signature = ?')
    .run(storefrontId, mappingSignature(headers));
}
