/** Ids are random text (never numbers): safe across merges, imports and Excel. */
export const newId = (): string => globalThis.crypto.randomUUID();

export const nowIso = (): string => new Date().toISOString();

let lastMs = 0;
let sequence = 0;

// getRandomValues costs a few microseconds per call; a bulk import asks once per row, so draw 8 KB at a time.
const pool = new Uint8Array(8192);
let poolAt = pool.length;
function randomBytes8(): Uint8Array {
  if (poolAt + 8 > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  poolAt += 8;
  return pool.subarray(poolAt - 8, poolAt);
}

/**
 * A UUIDv7-shaped id (RFC 9562): time-ordered text, still random enough to merge across machines. Bulk paths
 * (order imports, demo data) insert hundreds of thousands of rows; ids that grow with time append to the
 * primary-key and foreign-key indexes instead of landing on a random page of a large b-tree each time.
 */
export function newSortableId(): string {
  const now = Date.now();
  if (now === lastMs) sequence = (sequence + 1) & 0xfff;
  else {
    lastMs = now;
    sequence = 0;
  }
  const random = randomBytes8();
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  const time = hex(now, 12);
  const variant = hex(0x8000 | ((random[0]! & 0x3f) << 8) | random[1]!, 4);
  const tail = Array.from(random.subarray(2), (b) => hex(b, 2)).join('');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(sequence, 3)}-${variant}-${tail}`;
}
