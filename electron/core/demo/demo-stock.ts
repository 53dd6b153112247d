import type BetterSqlite3 from 'better-sqlite3';

const SQL = {
  skus: 'SELECT id, stock_on_hand AS stock, reorder_point AS reorder FROM skus',
  receipt:
    "INSERT INTO stock_movements (sku_id, kind, quantity, reason, ref, actor_id, at) VALUES (?, 'receipt', ?, ?, NULL, NULL, ?)",
  addStock: 'UPDATE skus SET stock_on_hand = stock_on_hand + ?, updated_at = ? WHERE id = ?',
} as const;
type Statements = { [K in keyof typeof SQL]: BetterSqlite3.Statement };
const cache = new WeakMap<BetterSqlite3.Database, Statements>();

function statements(sqlite: BetterSqlite3.Database): Statements {
  let s = cache.get(sqlite);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, q]) => [k, sqlite.prepare(q)])) as Statements;
    cache.set(sqlite, s);
  }
  return s;
}

interface SkuStock {
  stock: number;
  reorder: number;
  /** Started below its reorder point: a SKU the supplier keeps short, so it stays low (reorder alerts). */
  short: boolean;
  /** Expected units sold per day, to size deliveries (about a month of sales). */
  daily: number;
}

/** What the demo's stock keeper wrote. */
export interface DemoStockCounts {
  receipts: number;
  unitsReceived: number;
}

/**
 * Keeps the demo's stock plausible while orders take it: sales are replayed in time order, and before a sale
 * would take a SKU below its reorder point a supplier delivery (a 'receipt' movement, dated an hour before
 * the sale) brings about a month of its sales. SKUs that started below their reorder point get only what
 * each sale needs plus a few units, so they stay low and the reorder alerts have something to show.
 * Stock on hand therefore never goes below zero at any point of the movement history.
 */
export class DemoStockKeeper {
  private readonly s: Statements;
  private readonly skus = new Map<string, SkuStock>();
  readonly counts: DemoStockCounts = { receipts: 0, unitsReceived: 0 };

  constructor(
    sqlite: BetterSqlite3.Database,
    expectedDaily: Map<string, number>,
    private readonly at: string,
    private readonly rnd: () => number,
  ) {
    this.s = statements(sqlite);
    for (const row of this.s.skus.all() as { id: string; stock: number; reorder: number }[]) {
      this.skus.set(row.id, {
        stock: row.stock,
        reorder: row.reorder,
        short: row.stock < row.reorder,
        daily: expectedDaily.get(row.id) ?? 0,
      });
    }
  }

  /** Call before the order that sells `quantity` is written (the order writer takes the stock itself). */
  take(skuId: string, quantity: number, placedMs: number): void {
    const sku = this.skus.get(skuId);
    if (!sku) return;
    let delivery = 0;
    if (sku.short) {
      if (sku.stock < quantity) delivery = quantity - sku.stock + Math.floor(this.rnd() * sku.reorder);
    } else if (sku.stock - quantity < sku.reorder) {
      const month =
        Math.ceil((Math.max(2 * sku.reorder, 30 * sku.daily) * (0.8 + this.rnd() * 0.4)) / 10) * 10;
      delivery = Math.max(month, quantity + sku.reorder - sku.stock);
    }
    if (delivery > 0) {
      const reason = sku.short ? 'supplier delivery (short)' : 'supplier delivery';
      this.s.receipt.run(skuId, delivery, reason, new Date(placedMs - 3_600_000).toISOString());
      this.s.addStock.run(delivery, this.at, skuId);
      sku.stock += delivery;
      this.counts.receipts++;
      this.counts.unitsReceived += delivery;
    }
    sku.stock -= quantity;
  }
}
