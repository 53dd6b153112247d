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
    upgradeFailed:
      'ChannelDesk could not bring your data up to date for this version. The file was left as it was before the upgrade; free some disk space and open ChannelDesk again, or restore a backup.',
  },
  upgrade: {
    title: 'Upgrading your data',
    intro:
      'This version of ChannelDesk stores some figures differently, so it is updating your data once (version {{from}} → {{to}}). A large shop can take a few minutes. Please keep ChannelDesk open.',
    step: 'Step {{step}} of {{total}}: {{name}}',
    finishing: 'Finishing…',
    elapsed: '{{seconds}} s so far',
    safe: 'If ChannelDesk is closed now, nothing is lost: the unfinished step is undone and runs again next time.',
    steps: {
      foundation: 'Settings and storefronts',
      catalog: 'Products and SKUs',
      competitor_prices: 'Competitor prices',
      catalog_search: 'Catalog search index',
      stock_cover: 'Stock cover',
      orders: 'Orders and customers',
      customer_stats: 'Customer figures',
      daily_rollups: 'Daily figures for the dashboard (the longest step)',
      tickets: 'After-sales tickets',
      surveys: 'Satisfaction surveys',
      promotions: 'Promotions',
    },
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
    upgradeFailed:
      'ChannelDesk 无法将您的数据升级到此版本。文件保持升级前的状态；请释放一些磁盘空间后重新打开 ChannelDesk，或恢复一个备份。',
  },
  upgrade: {
    title: '正在升级您的数据',
    intro:
      '此版本的 ChannelDesk 以新的方式存储部分数据，正在进行一次性升级（版本 {{from}} → {{to}}）。数据量大的店铺可能需要几分钟，请保持 ChannelDesk 打开。',
    step: '第 {{step}} 步，共 {{total}} 步：{{name}}',
    finishing: '即将完成…',
    elapsed: '已用 {{seconds}} 秒',
    safe: '如果现在关闭 ChannelDesk，数据不会丢失：未完成的步骤会被撤销，下次打开时重新进行。',
    steps: {
      foundation: '设置和店铺',
      catalog: '商品和 SKU',
      competitor_prices: '竞品价格',
      catalog_search: '商品搜索索引',
      stock_cover: '库存可售天数',
      orders: '订单和客户',
      customer_stats: '客户指标',
      daily_rollups: '仪表盘每日汇总（耗时最长的一步）',
      tickets: '售后工单',
      surveys: '满意度调查',
      promotions: '促销活动',
    },
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
