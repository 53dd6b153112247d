// Type-only: features.ts imports this file, so a runtime import back would be a cycle.
import type { FeatureTexts } from '../../i18n/features';

const en = {
  title: 'Campaign calendar',
  hint: 'Drag a campaign to move its dates (the price guardrail is checked again); click it to open it.',
  views: { month: 'Month', quarter: 'Quarter' },
  previous: 'Earlier',
  next: 'Later',
  today: 'Today',
  storefront: 'Storefront',
  festivals: 'Festivals',
  todayMark: 'Today',
  barLabel: '{{name}}, {{from}} – {{to}}',
  moved: '“{{name}}” moved to {{from}} – {{to}}',
  approximate: 'approximate',
  noStorefronts: 'Add a storefront first: campaigns run on storefronts.',
  moveHint: 'Arrow keys move a selected campaign by a day',
};

const zhCN: typeof en = {
  title: '活动日历',
  hint: '拖动活动即可改期（会重新检查价格护栏）；点击打开活动。',
  views: { month: '月', quarter: '季度' },
  previous: '往前',
  next: '往后',
  today: '今天',
  storefront: '店铺',
  festivals: '节日',
  todayMark: '今天',
  barLabel: '{{name}}，{{from}} – {{to}}',
  moved: '“{{name}}”已改到 {{from}} – {{to}}',
  approximate: '日期为估计',
  noStorefronts: '请先添加店铺：活动在店铺上进行。',
  moveHint: '选中活动后可用方向键逐日移动',
};

export const promoCalendarTexts: FeatureTexts<typeof en> = { name: 'promoCalendar', en, zhCN };
