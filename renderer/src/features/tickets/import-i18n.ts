// Type-only: features.ts imports this file, so a runtime import back would be a cycle.
import type { FeatureTexts } from '../../i18n/features';

const en = {
  title: 'Import after-sales tickets',
  intro:
    'Import a platform’s after-sales export (售后单号, 订单号, 售后类型, 申请时间, 退款金额, 售后状态, 原因 — or the English columns) as csv or xlsx. Importing the same file again updates tickets by their after-sales id and never duplicates them. A file with any problem is refused whole, with every problem listed.',
  storefront: 'Storefront',
  file: 'File',
  noFile: 'No file chosen',
  choose: 'Choose file…',
  start: 'Import',
  cancel: 'Cancel import',
  progress: 'Importing… {{percent}} %',
  pathTitle: 'Path of the file',
  pathHint: 'This browser preview has no file dialog: type the full path of the file on this computer.',
  path: 'File path',
  use: 'Use this file',
  result: 'Result',
  imported: '{{inserted}} new, {{updated}} updated, {{unchanged}} unchanged tickets.',
  rejected: 'Nothing was imported: {{count}} problem(s) to fix in the file.',
  failed: 'The import stopped: {{message}}',
  cancelled: 'The import was cancelled; nothing was written.',
  warnings: 'Warnings (imported anyway)',
  problems: 'Problems',
  row: 'Row',
  column: 'Column',
  problem: 'Problem',
  queue: 'Open the ticket queue',
};

const zhCN: typeof en = {
  title: '导入售后工单',
  intro:
    '导入平台的售后导出文件（售后单号、订单号、售后类型、申请时间、退款金额、售后状态、原因，或对应的英文列），csv 或 xlsx 均可。再次导入同一文件时按售后单号更新，不会重复。文件有任何问题则整份拒绝，并列出每个问题。',
  storefront: '店铺',
  file: '文件',
  noFile: '尚未选择文件',
  choose: '选择文件…',
  start: '导入',
  cancel: '取消导入',
  progress: '正在导入… {{percent}} %',
  pathTitle: '文件路径',
  pathHint: '浏览器预览没有文件对话框：请输入本机上文件的完整路径。',
  path: '文件路径',
  use: '使用此文件',
  result: '结果',
  imported: '新增 {{inserted}}，更新 {{updated}}，未变 {{unchanged}} 个工单。',
  rejected: '未导入任何数据：文件中有 {{count}} 个问题需要修正。',
  failed: '导入中止：{{message}}',
  cancelled: '导入已取消，未写入任何数据。',
  warnings: '警告（仍已导入）',
  problems: '问题',
  row: '行',
  column: '列',
  problem: '问题',
  queue: '打开工单队列',
};

export const ticketImportTexts: FeatureTexts<typeof en> = { name: 'ticketImport', en, zhCN };
