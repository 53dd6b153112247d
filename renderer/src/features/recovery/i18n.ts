// Type-only: features.ts imports this file, so a runtime import back would be a cycle.
import type { FeatureTexts } from '../../i18n/features';

const en = {
  title: 'ChannelDesk could not open your data',
  file: 'Database file',
  problems: {
    damaged:
      'The database file is damaged: SQLite’s check found problems. It was not changed; restore a good backup to continue.',
    unreadable:
      'This file is not a ChannelDesk database (or not a database at all). It was not changed; restore a backup to continue.',
    tooNew:
      'This database was made by a newer ChannelDesk (schema version {{found}}; this version knows up to {{known}}). Update ChannelDesk to open it. It was left untouched.',
  },
  details: 'What SQLite reported',
  latest: 'Latest good backup',
  latestMade: '{{name}}, made {{date}}',
  noGoodBackup:
    'No good backup was found in the data folder. Choose a backup file if you have one elsewhere.',
  restoreLatest: 'Restore the latest good backup',
  chooseFile: 'Choose another backup file…',
  quit: 'Quit ChannelDesk',
  quitDone: 'ChannelDesk has closed. You can close this window.',
  updateHint: 'Install the newest ChannelDesk, then open it again.',
  language: 'Language',
};

const zhCN: typeof en = {
  title: 'ChannelDesk 无法打开您的数据',
  file: '数据库文件',
  problems: {
    damaged: '数据库文件已损坏：SQLite 检查发现了问题。文件未被更改；请恢复一个完好的备份以继续。',
    unreadable: '此文件不是 ChannelDesk 数据库（或根本不是数据库）。文件未被更改；请恢复一个备份以继续。',
    tooNew:
      '此数据库由更新版本的 ChannelDesk 创建（架构版本 {{found}}，本版本最高支持 {{known}}）。请更新 ChannelDesk 后再打开。文件保持原样，未被修改。',
  },
  details: 'SQLite 报告的问题',
  latest: '最新的完好备份',
  latestMade: '{{name}}，创建于 {{date}}',
  noGoodBackup: '数据文件夹中没有找到完好的备份。如果其他位置有备份文件，请选择它。',
  restoreLatest: '恢复最新的完好备份',
  chooseFile: '选择其他备份文件…',
  quit: '退出 ChannelDesk',
  quitDone: 'ChannelDesk 已关闭，您可以关闭此窗口。',
  updateHint: '请安装最新版本的 ChannelDesk，然后重新打开。',
  language: '语言',
};

export const recoveryTexts: FeatureTexts<typeof en> = { name: 'recovery', en, zhCN };
