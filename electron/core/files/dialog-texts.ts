import { backupPurposes, importPurposes, type FilePurpose } from '../../../shared/domain/files';
import type { Language } from '../../../shared/domain/settings';

const texts = {
  en: {
    catalogImport: 'Import products',
    catalogExport: 'Export products',
    catalogTemplate: 'Save the product import template',
    orderImport: 'Import a storefront order export',
    feeImport: 'Import a fee or settlement file',
    orderExport: 'Export orders',
    customerExport: 'Export customers',
    backupSave: 'Save a backup of the shop',
    backupRestore: 'Choose a backup to restore',
    backups: 'ChannelDesk backups',
    reportExport: 'Save the monthly report',
    reportFolder: 'Choose the folder for monthly reports',
    ticketImport: 'Import a platform after-sales export',
    surveyExport: 'Save the survey invitation sheet',
    surveyImport: 'Import survey responses from a form tool',
    sheets: 'Spreadsheets',
    excel: 'Excel workbook',
    csv: 'CSV (comma-separated)',
  },
  'zh-CN': {
    catalogImport: '导入商品',
    catalogExport: '导出商品',
    catalogTemplate: '保存商品导入模板',
    orderImport: '导入店铺订单导出文件',
    feeImport: '导入费用/结算文件',
    orderExport: '导出订单',
    customerExport: '导出客户',
    backupSave: '保存店铺数据备份',
    backupRestore: '选择要恢复的备份',
    backups: 'ChannelDesk 备份',
    reportExport: '保存月度报表',
    reportFolder: '选择月度报表的保存文件夹',
    ticketImport: '导入平台售后导出文件',
    surveyExport: '保存问卷邀请表',
    surveyImport: '从问卷工具导入回答',
    sheets: '表格文件',
    excel: 'Excel 工作簿',
    csv: 'CSV（逗号分隔）',
  },
} satisfies Record<Language, Record<FilePurpose | 'backups' | 'sheets' | 'excel' | 'csv', string>>;

/** The dialog's title and file types, in the shop's language (the dialog is drawn by the OS, not the page). */
export function dialogTexts(language: Language, purpose: FilePurpose, defaultName?: string) {
  const t = texts[language] ?? texts.en;
  const filters = backupPurposes.includes(purpose)
    ? [{ name: t.backups, extensions: ['db', 'sqlite', 'sqlite3'] }]
    : importPurposes.includes(purpose)
      ? [{ name: t.sheets, extensions: ['xlsx', 'csv', 'tsv', 'txt'] }]
      : defaultName?.toLowerCase().endsWith('.csv')
        ? [{ name: t.csv, extensions: ['csv'] }]
        : [{ name: t.excel, extensions: ['xlsx'] }];
  return { title: t[purpose], filters };
}
