import type BetterSqlite3 from 'better-sqlite3';
import type { ExtraWorkday, ShopCalendar, SlaPolicyRule } from '../../../shared/domain/tickets';
import { ticketPriorities, ticketTypes } from '../../../shared/domain/tickets';
import { newSortableId } from '../../../shared/logic/ids';
import { placeholdersIn } from '../tickets/canned';

const day = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];

/**
 * Mainland China public holidays (国务院办公厅 notices) and their 调休 make-up working days, for the years the
 * demo's 18 months can span. A make-up day works a full weekday (the shop's Saturday is a half day).
 * Years not yet announced are left out: the shop adds them on the setup page.
 */
const holidays: Record<number, string[]> = {
  2025: [
    '2025-01-01',
    ...range('2025-01-28', 8),
    ...range('2025-04-04', 3),
    ...range('2025-05-01', 5),
    ...range('2025-05-31', 3),
    ...range('2025-10-01', 8),
  ],
  2026: [
    ...range('2026-01-01', 3),
    ...range('2026-02-15', 9),
    ...range('2026-04-04', 3),
    ...range('2026-05-01', 5),
    ...range('2026-06-19', 3),
    ...range('2026-09-25', 3),
    ...range('2026-10-01', 7),
  ],
};
const makeUpDays: Record<number, string[]> = {
  2025: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  2026: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

function range(first: string, days: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** Monday–Friday 09:00–18:00 with a lunch break, Saturday morning, and the holidays of the demo's years. */
export function demoCalendar(timeZone: string, fromYear: number, toYear: number): ShopCalendar {
  const years = Object.keys(holidays)
    .map(Number)
    .filter((y) => y >= fromYear && y <= toYear);
  const extraWorkdays: ExtraWorkday[] = years.flatMap((y) =>
    makeUpDays[y]!.map((date) => ({ date, worksLike: 'fri' as const })),
  );
  return {
    timeZone,
    week: {
      mon: day,
      tue: day,
      wed: day,
      thu: day,
      fri: day,
      sat: [{ start: '09:00', end: '12:00' }],
      sun: [],
    },
    holidays: years.flatMap((y) => holidays[y]!),
    extraWorkdays,
  };
}

/**
 * Working minutes per priority (first response, resolution), then per type: logistics questions and inquiries
 * are answered faster, returns and quality cases take longer to resolve (goods travel back).
 */
const byPriority = { urgent: [30, 240], high: [60, 540], normal: [120, 1080], low: [240, 1620] } as const;
const resolutionFactor: Partial<Record<SlaPolicyRule['type'], number>> = {
  return: 2,
  exchange: 2,
  quality: 1.5,
  reship: 1.5,
  suggestion: 3,
};

export const demoSlaRules: SlaPolicyRule[] = ticketTypes.flatMap((type) =>
  ticketPriorities.map((priority) => {
    const [first, resolution] = byPriority[priority];
    const quick = type === 'logistics' || type === 'inquiry';
    return {
      type,
      priority,
      firstResponseMinutes: quick ? Math.max(15, first / 2) : first,
      resolutionMinutes: Math.round(resolution * (resolutionFactor[type] ?? 1)),
    };
  }),
);

export const demoCannedReplies = [
  {
    title: '退款已处理 / Refund issued',
    zh: '亲，您的订单 {order_id} 已退款 {refund_amount}，原路退回，预计 1–3 个工作日到账。给您带来不便非常抱歉！',
    en: 'Hi {customer_name}, we have refunded {refund_amount} for order {order_id} to your original payment method; it should arrive within 1–3 business days. Sorry for the trouble!',
  },
  {
    title: '物流查询 / Where is my parcel',
    zh: '亲，订单 {order_id} 的包裹已在派送途中，我们已联系快递加急，如明天仍未收到请随时联系我们。',
    en: 'Hi {customer_name}, the parcel of order {order_id} is on its way; we asked the carrier to hurry. If it has not arrived by tomorrow, just write to us.',
  },
  {
    title: '退货地址 / Return address',
    zh: '亲，请将 {sku} 寄回：上海市闵行区申长路 88 号 3 楼 售后部（收），单号填写在售后申请里即可，收到后 24 小时内处理。',
    en: 'Hi {customer_name}, please send {sku} back to: After-sales, 3F, 88 Shenchang Rd, Minhang, Shanghai, and add the tracking number to your request. We process returns within 24 hours of receipt.',
  },
  {
    title: '补发确认 / Replacement on its way',
    zh: '亲，订单 {order_id} 的 {sku} 已为您免费补发，新单号稍后同步，给您添麻烦了。',
    en: 'Hi {customer_name}, a free replacement of {sku} for order {order_id} has been sent; the tracking number follows shortly.',
  },
  {
    title: '请补充照片 / Photos please',
    zh: '亲，麻烦提供一下 {sku} 问题部位的照片和外包装照片，我们核实后马上为您处理。',
    en: 'Hi {customer_name}, could you send us photos of the problem on {sku} and of the outer box? We will sort it out as soon as we have checked them.',
  },
];

const insertSetting = (sqlite: BetterSqlite3.Database, key: string, value: unknown) =>
  sqlite
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(key, JSON.stringify(value));

/**
 * The demo's after-sales setup, under the settings keys tickets/setup.ts reads (shopCalendar, ticketDueSoon,
 * ticketPendingTooLongHours), its SLA rules replacing the migration's starting ones, and canned replies.
 */
export function writeDemoTicketSetup(
  sqlite: BetterSqlite3.Database,
  calendar: ShopCalendar,
  at: string,
): { cannedReplyIds: string[] } {
  insertSetting(sqlite, 'shopCalendar', calendar);
  insertSetting(sqlite, 'ticketDueSoon', { kind: 'share', bp: 2500 });
  insertSetting(sqlite, 'ticketPendingTooLongHours', 48);
  sqlite.prepare('DELETE FROM sla_policies').run();
  const rule = sqlite.prepare('INSERT INTO sla_policies VALUES (?, ?, ?, ?, ?)');
  for (const r of demoSlaRules) rule.run(r.type, r.priority, r.firstResponseMinutes, r.resolutionMinutes, at);
  const reply = sqlite.prepare('INSERT INTO canned_replies VALUES (?, ?, ?, ?, ?, 0, ?, ?)');
  const cannedReplyIds = demoCannedReplies.map((c) => {
    const id = newSortableId();
    reply.run(id, c.title, c.zh, c.en, JSON.stringify(placeholdersIn(c.zh, c.en)), at, at);
    return id;
  });
  return { cannedReplyIds };
}
