// Type-only: features.ts imports this file, so a runtime import back would be a cycle.
import type { FeatureTexts } from '../../i18n/features';

const en = {
  title: 'Agent statistics',
  subtitle: 'Tickets resolved in the period, per assignee; times are working time of the shop calendar',
  period: 'Period',
  customRange: 'Dates',
  agent: 'Agent',
  handled: 'Handled',
  firstResponse: 'Median first response',
  resolution: 'Median resolution',
  slaMet: 'SLA met',
  csat: 'CSAT',
  unassigned: 'Unassigned',
  total: 'All agents',
  empty: 'No ticket was resolved in this period.',
  hours: '{{h}} h {{m}} min',
  minutes: '{{m}} min',
  csatHint: 'CSAT appears once satisfaction surveys are answered.',
};

const zhCN: typeof en = {
  title: '客服统计',
  subtitle: '期间内已解决的工单，按处理人统计；时长按店铺工作日历计算',
  period: '期间',
  customRange: '日期',
  agent: '客服',
  handled: '处理量',
  firstResponse: '首次响应（中位数）',
  resolution: '解决时长（中位数）',
  slaMet: 'SLA 达成率',
  csat: '满意度',
  unassigned: '未分配',
  total: '全部客服',
  empty: '该期间没有已解决的工单。',
  hours: '{{h}} 小时 {{m}} 分钟',
  minutes: '{{m}} 分钟',
  csatHint: '收到满意度调查回复后显示满意度。',
};

export const ticketStatsTexts: FeatureTexts<typeof en> = { name: 'ticketStats', en, zhCN };
