// Type-only: features.ts imports this file, so a runtime import back would be a cycle.
import type { FeatureTexts } from '../../i18n/features';

const en = {
  menu: 'Import / export',
  import: 'Import products from xlsx or csv…',
  exportXlsx: 'Export all products to Excel…',
  exportCsv: 'Export all products to CSV…',
  template: 'Download the import template…',
  pathTitle: 'Where is the file?',
  pathHint:
    'This browser preview cannot open a file dialog. Type the full path of the file on this computer, e.g. /home/me/products.xlsx or C:\\Users\\me\\products.xlsx.',
  path: 'Full path',
  continue: 'Continue',
  exported: '{{rows}} rows written to {{path}}',
  templateSaved: 'Template saved to {{path}}',
  importing: 'Importing {{path}}…',
  resultTitle: 'Product import',
  imported: '{{inserted}} new · {{updated}} updated · {{unchanged}} unchanged',
  rejected: '{{count}} problems found: nothing was imported. Fix them in the file and import it again.',
  warnings: 'Warnings (the import went ahead)',
  row: 'Row',
  column: 'Column',
  problem: 'Problem',
  failed: 'The import stopped: {{message}}. Nothing was written.',
};

const zhCN: typeof en = {
  menu: '导入 / 导出',
  import: '从 xlsx 或 csv 导入商品…',
  exportXlsx: '导出全部商品为 Excel…',
  exportCsv: '导出全部商品为 CSV…',
  template: '下载导入模板…',
  pathTitle: '文件在哪里？',
  pathHint:
    '浏览器预览无法打开文件对话框。请输入文件在本机上的完整路径，例如 /home/me/products.xlsx 或 C:\\Users\\me\\products.xlsx。',
  path: '完整路径',
  continue: '继续',
  exported: '已写入 {{rows}} 行：{{path}}',
  templateSaved: '模板已保存到 {{path}}',
  importing: '正在导入 {{path}}…',
  resultTitle: '商品导入',
  imported: '新增 {{inserted}} · 更新 {{updated}} · 未变 {{unchanged}}',
  rejected: '发现 {{count}} 个问题，未导入任何数据。请在文件中修正后重新导入。',
  warnings: '提示（导入已完成）',
  row: '行',
  column: '列',
  problem: '问题',
  failed: '导入已停止：{{message}}。未写入任何数据。',
};

export const catalogFilesTexts: FeatureTexts<typeof en> = { name: 'catalogFiles', en, zhCN };
