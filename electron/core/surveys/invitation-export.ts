import type { Sqlite } from '../db/connection';
import type { InvitationExportInput } from '../../../shared/api/schemas/surveys';
import type { InvitationExportResult, SurveyInvitationRow } from '../../../shared/domain/survey-views';
import { checkOutputPath, formatOf } from '../catalog/import/files';
import type { TableColumn } from '../reports/xlsx-writer/columns';
import { localDateTimeFormatter } from '../reports/xlsx-writer/local-time';
import { writeTableFile } from '../reports/xlsx-writer/write-table';
import { allInvitations } from './invitations';
import { renderInvitation } from './invitation-text';
import { shopZone } from './repo';

type Row = SurveyInvitationRow & { text: string };

/**
 * The invitation sheet: one row per invitation with who to ask (customer, phone, order, ticket) and the full
 * invitation text in the customer's language, to print for phone interviews or hand to a colleague. Ids and
 * phones are text cells (leading zeros and 18-digit order ids survive Excel). Times in the shop's zone.
 */
export async function exportInvitations(
  sqlite: Sqlite,
  input: InvitationExportInput,
  now: string,
): Promise<InvitationExportResult> {
  const file = checkOutputPath(input.path);
  const zh = input.lang === 'zh-CN';
  const local = localDateTimeFormatter(shopZone(sqlite));
  const trigger = (t: string) =>
    t === 'ticket_closed' ? (zh ? '工单关闭' : 'Ticket closed') : zh ? '订单完成' : 'Order completed';
  const columns: TableColumn<Row>[] = [
    { header: zh ? '邀请编号' : 'Invitation id', kind: 'text', width: 38, value: (r) => r.id },
    { header: zh ? '问卷' : 'Survey', kind: 'text', value: (r) => r.templateName[input.lang] },
    { header: zh ? '店铺' : 'Storefront', kind: 'text', value: (r) => r.storefrontName },
    { header: zh ? '触发' : 'Trigger', kind: 'text', value: (r) => trigger(r.trigger) },
    {
      header: zh ? '工单号' : 'Ticket',
      kind: 'text',
      value: (r) => (r.ticketNumber ? `#${r.ticketNumber}` : ''),
    },
    { header: zh ? '订单号' : 'Order id', kind: 'text', width: 24, value: (r) => r.orderExternalId },
    { header: zh ? '客户' : 'Customer', kind: 'text', value: (r) => r.customerName },
    { header: zh ? '电话' : 'Phone', kind: 'text', width: 16, value: (r) => r.phone },
    { header: zh ? '客服' : 'Agent', kind: 'text', value: (r) => r.agentName },
    { header: zh ? '创建时间' : 'Created', kind: 'datetime', value: (r) => local(r.createdAt) },
    { header: zh ? '发送时间' : 'Sent', kind: 'datetime', value: (r) => (r.sentAt ? local(r.sentAt) : null) },
    { header: zh ? '邀请内容' : 'Invitation text', kind: 'text', width: 60, value: (r) => r.text },
  ];
  // Read whole before writing: a sheet is printed, so it is hundreds of rows, not a million.
  const rows = allInvitations(sqlite, input, now).map((r) => ({
    ...r,
    text: renderInvitation(sqlite, r.id, r.language).text,
  }));
  const count = await writeTableFile(
    file,
    formatOf(file, input.format),
    { sheet: zh ? '问卷邀请' : 'Invitations', columns },
    rows,
  );
  return { path: file, rows: count };
}
