import { validationText } from '../../../../shared/api/schemas/common';
import type { OrderImportIssue, OrderImportMessage } from '../../../../shared/domain/orders';

/** More problems than this are counted, not listed: a person fixes a sheet from the first few hundred. */
export const MAX_LISTED_ISSUES = 500;

/** English text of an issue key (the renderer shows the same key translated, under validation.<key>). */
export function describeOrderIssue(issue: Pick<OrderImportIssue, 'key' | 'params'>): string {
  const text = validationText[issue.key] ?? `is invalid (${issue.key})`;
  // Texts use i18next's {{name}} placeholders, shared with the renderer.
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(issue.params?.[name] ?? ''));
}

export const toOrderMessage = (i: OrderImportIssue): OrderImportMessage => ({
  file: i.file,
  row: i.row,
  column: i.column,
  message: describeOrderIssue(i),
  key: i.key,
  ...(i.params ? { params: i.params } : {}),
});

/** Collects issues up to MAX_LISTED_ISSUES while counting all of them. */
export class IssueList {
  readonly items: OrderImportIssue[] = [];
  count = 0;

  add(issue: OrderImportIssue): void {
    this.count++;
    if (this.items.length < MAX_LISTED_ISSUES) this.items.push(issue);
  }

  /** The listed messages, plus one line saying how many more there are. */
  messages(): OrderImportMessage[] {
    const out = this.items.map(toOrderMessage);
    if (this.count > this.items.length) {
      out.push(
        toOrderMessage({
          file: '',
          row: 0,
          column: '',
          key: 'orderTooManyErrors',
          params: { value: this.count },
        }),
      );
    }
    return out;
  }
}
