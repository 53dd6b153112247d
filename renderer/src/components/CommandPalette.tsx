import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { useMantineColorScheme } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api';
import { navItems } from '../navigation';
import { useShop } from '../shop-context';
import { notifyError, notifySuccess } from './notify-error';

/** Ctrl+K / ⌘K: every page and the everyday commands, searchable in both languages. */
export function CommandPalette() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { toggleColorScheme } = useMantineColorScheme();
  const { updateSettings } = useShop();

  const actions: SpotlightActionGroupData[] = [
    {
      group: t('palette.pages'),
      actions: navItems.map((item) => ({
        id: `go-${item.key}`,
        label: t(`nav.${item.key}`),
        description: t('palette.go', { page: t(`nav.${item.key}`) }),
        keywords: [item.key],
        leftSection: <item.icon size={18} />,
        onClick: () => navigate(item.path),
      })),
    },
    {
      group: t('palette.commands'),
      actions: [
        {
          id: 'new-storefront',
          label: t('palette.newStorefront'),
          keywords: ['storefront', 'new', '店铺'],
          onClick: () => navigate('/storefronts?new=1'),
        },
        {
          id: 'backup-now',
          label: t('palette.backupNow'),
          keywords: ['backup', '备份'],
          onClick: () =>
            api.backup
              .start()
              .then(() => notifySuccess(t('settings.backupStarted')))
              .catch(notifyError),
        },
        {
          id: 'switch-language',
          label: t('palette.switchLanguage'),
          keywords: ['language', '语言', 'english', '中文'],
          onClick: () =>
            void updateSettings({ language: i18n.language === 'en' ? 'zh-CN' : 'en' }).catch(() => undefined),
        },
        {
          id: 'toggle-dark',
          label: t('palette.toggleDark'),
          keywords: ['dark', '深色'],
          onClick: toggleColorScheme,
        },
      ],
    },
  ];

  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: t('palette.placeholder') }}
    />
  );
}
