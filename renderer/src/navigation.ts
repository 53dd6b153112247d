import {
  IconBuildingStore,
  IconChartBar,
  IconFileSpreadsheet,
  IconHeadset,
  IconMoodSmile,
  IconPackage,
  IconReceipt,
  IconSettings,
  IconSpeakerphone,
  IconTags,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** Every feature area of the product, in the order people look for them; the same names as the feature folders. */
export type NavKey =
  | 'dashboard'
  | 'orders'
  | 'customers'
  | 'catalog'
  | 'pricing'
  | 'promotions'
  | 'tickets'
  | 'surveys'
  | 'reports'
  | 'storefronts'
  | 'settings';

export interface NavItem {
  key: NavKey;
  path: string;
  icon: Icon;
  /** Built in this version; the others show an honest "coming later" page. */
  ready: boolean;
}

export const navItems: NavItem[] = [
  { key: 'dashboard', path: '/dashboard', icon: IconChartBar, ready: true },
  { key: 'orders', path: '/orders', icon: IconReceipt, ready: true },
  { key: 'customers', path: '/customers', icon: IconUsers, ready: true },
  { key: 'catalog', path: '/catalog', icon: IconPackage, ready: true },
  { key: 'pricing', path: '/pricing', icon: IconTags, ready: true },
  { key: 'promotions', path: '/promotions', icon: IconSpeakerphone, ready: true },
  { key: 'tickets', path: '/tickets', icon: IconHeadset, ready: true },
  { key: 'surveys', path: '/surveys', icon: IconMoodSmile, ready: true },
  { key: 'reports', path: '/reports', icon: IconFileSpreadsheet, ready: true },
  { key: 'storefronts', path: '/storefronts', icon: IconBuildingStore, ready: true },
  { key: 'settings', path: '/settings', icon: IconSettings, ready: true },
];
