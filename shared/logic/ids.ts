/** Ids are random text (never numbers): safe across merges, imports and Excel. */
export const newId = (): string => globalThis.crypto.randomUUID();

export const nowIso = (): string => new Date().toISOString();
