/**
 * Source references that make re-importing a fee file idempotent. A reference is built from what identifies
 * the transaction in the platform's own data (never the row number, which moves when a file is re-downloaded
 * with another date range or sorted differently), plus how many times that exact key has come before in the
 * file: two identical fee lines are two fees, and stay two (not one, not four) on every re-import.
 */
export class SourceRefs {
  private readonly seen = new Map<string, number>();

  constructor(private readonly prefix: string) {}

  next(parts: readonly string[]): string {
    const key = [this.prefix, ...parts.map((p) => p.trim())].join('|');
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return `${key}#${n}`;
  }
}
