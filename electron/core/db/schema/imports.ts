import type { Selectable } from 'kysely';

export interface ImportsTable {
  id: string;
  kind: string;
  storefront_id: string;
  format: string;
  /** JSON array of file names (no folders). */
  files: string;
  /** sha256 of the files' bytes, in order. */
  checksum: string;
  inserted: number;
  updated: number;
  unchanged: number;
  lines: number;
  warnings: number;
  actor_id: string | null;
  at: string;
}

export interface ImportMappingsTable {
  storefront_id: string;
  /** Normalized header row the mapping was made for. */
  signature: string;
  mapping: string;
  updated_at: string;
}

export type ImportRow = Selectable<ImportsTable>;
