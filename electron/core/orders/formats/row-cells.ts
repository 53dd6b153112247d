import type { OrderStatus } from '../../../../shared/domain/orders';
import type { TableRow } from '../read/types';
import type { ColumnLookup } from './columns';
import type { FormatContext, FormatSink } from './types';
import { cleanId, cleanText, parseAmount, parseDateTime, parseQuantity } from './values';

/** Status texts compared without spacing and comma width: "已发货，待签收" = "已发货,待签收". */
export const statusKey = (text: string): string =>
  text.replace(/[，]/g, ',').replace(/\s+/g, '').toLowerCase();

/** A platform's status texts → ChannelDesk statuses, keyed through `statusKey`. */
export const statusTable = (entries: Record<string, OrderStatus>): ReadonlyMap<string, OrderStatus> =>
  new Map(Object.entries(entries).map(([text, status]) => [statusKey(text), status]));

/**
 * One data row read through a column lookup. Each reader reports a bad cell as an error naming the row and the
 * column's header (the value is quoted in the message) and sets `failed`, then returns a harmless placeholder
 * so the format can keep reading the row and report every bad cell at once; a failed row's order is not emitted.
 */
export class RowCells<K extends string> {
  failed = false;

  constructor(
    private readonly cols: ColumnLookup<K>,
    readonly row: TableRow,
    private readonly ctx: FormatContext,
    private readonly sink: Pick<FormatSink, 'issue'>,
  ) {}

  has(field: K): boolean {
    return this.cols.has(field);
  }

  raw(field: K): string {
    return this.cols.cell(this.row.cells, field) ?? '';
  }

  /** Free text; `-`, blank and tab-only cells are null. */
  text(field: K): string | null {
    return cleanText(this.cols.cell(this.row.cells, field));
  }

  /** An id cleaned of Excel's tab / ="" / ' guards; '' when blank. */
  id(field: K): string {
    const id = cleanId(this.cols.cell(this.row.cells, field));
    return id === '-' ? '' : id;
  }

  /** A code-like text kept as given (phone, SKU code) without Excel's guards; null when blank, `-` or only `\t`. */
  code(field: K): string | null {
    const id = this.id(field);
    return id === '' || id === '--' ? null : id;
  }

  /** An amount in minor units of the storefront currency; blank is 0 unless `required`. */
  amount(field: K, required = false): number {
    const value = parseAmount(this.cols.cell(this.row.cells, field), this.ctx.currency, required ? null : 0);
    if (value === null) {
      this.fail(field, 'orderAmount');
      return 0;
    }
    return value;
  }

  /** A whole count above 0. */
  quantity(field: K): number {
    const value = parseQuantity(this.cols.cell(this.row.cells, field));
    if (value === null) {
      this.fail(field, 'orderQuantity');
      return 1;
    }
    return value;
  }

  /** A local time (these files have no offset) read in the storefront's zone; blank is null unless `required`. */
  date(field: K, required = false): string | null {
    const text = this.cols.cell(this.row.cells, field);
    if (cleanText(text) === null) {
      if (required) this.fail(field, 'orderDate');
      return null;
    }
    const value = parseDateTime(text, this.ctx.timezone);
    if (value === null) this.fail(field, 'orderDate');
    return value;
  }

  /** The status the table gives the cell's text; an unknown text is an `orderStatusUnknown` error. */
  status(field: K, table: ReadonlyMap<string, OrderStatus>): OrderStatus {
    const status = table.get(statusKey(this.text(field) ?? ''));
    if (!status) {
      this.fail(field, 'orderStatusUnknown');
      return 'cancelled';
    }
    return status;
  }

  /** Reports the field's cell as bad under `key`; the message's {value} is `value`, else the cell's text. */
  fail(field: K, key: string, value?: string): void {
    this.failed = true;
    this.sink.issue({
      severity: 'error',
      row: this.row.row,
      column: this.cols.header(field),
      key,
      params: { value: value ?? this.raw(field).replace(/^\t+/, '').trim() },
    });
  }
}
