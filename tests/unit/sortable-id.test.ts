import { describe, expect, it } from 'vitest';
import { newSortableId } from '../../shared/logic/ids';

describe('newSortableId', () => {
  it('is a UUIDv7: version 7, RFC variant, the millisecond time in the first 48 bits', () => {
    const before = Date.now();
    const id = newSortableId();
    const after = Date.now();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
  });

  it('grows with time within one millisecond too, and never repeats', () => {
    const ids = Array.from({ length: 3000 }, () => newSortableId());
    expect(new Set(ids).size).toBe(ids.length);
    // Within one millisecond the 12-bit sequence orders them (it wraps after 4096 in the same millisecond).
    expect([...ids].sort()).toEqual(ids);
  });
});
