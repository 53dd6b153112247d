import {
  ActionIcon,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { spotlight } from '@mantine/spotlight';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import { useShop } from '../shop-context';

const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

/** Storefront filter and period: chosen once in the header, read by every page that shows figures. */
export function StorefrontFilter() {
  const { t } = useTranslation();
  const { storefronts, storefrontFilter, setStorefrontFilter } = useShop();
  return (
    <MultiSelect
      aria-label={t('header.storefrontFilter')}
      placeholder={storefrontFilter.length ? undefined : t('header.allStorefronts')}
      data={storefronts.map((s) => ({ value: s.id, label: s.name }))}
      value={storefrontFilter.filter((id) => storefronts.some((s) => s.id === id))}
      onChange={setStorefrontFilter}
      clearable
      w={260}
      maxDropdownHeight={300}
      visibleFrom="md"
    />
  );
}

export function PeriodPicker() {
  const { t } = useTranslation();
  const { period, setPeriod } = useShop();
  const now = dayjs();
  return (
    <DatePickerInput
      type="range"
      aria-label={t('header.period')}
      value={period}
      onChange={([from, to]) => {
        if (from && to) setPeriod([String(from), String(to)]);
      }}
      presets={[
        { value: [day(now.startOf('month')), day(now)], label: t('header.thisMonth') },
        {
          value: [
            day(now.subtract(1, 'month').startOf('month')),
            day(now.subtract(1, 'month').endOf('month')),
          ],
          label: t('header.lastMonth'),
        },
        { value: [day(now.subtract(29, 'day')), day(now)], label: t('header.last30') },
      ]}
      valueFormat="YYYY-MM-DD"
      w={230}
      visibleFrom="md"
    />
  );
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { updateSettings } = useShop();
  return (
    <SegmentedControl
      aria-label={t('header.language')}
      size="xs"
      value={i18n.language}
      onChange={(language) => void updateSettings({ language: language as Language }).catch(() => undefined)}
      data={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

export function ActingStaffSwitch() {
  const { t } = useTranslation();
  const { staff, settings, updateSettings } = useShop();
  if (!staff.length) return null;
  return (
    <Select
      aria-label={t('header.actingStaff')}
      placeholder={t('header.nobody')}
      data={staff.map((s) => ({ value: s.id, label: `${s.name} · ${t(`staffRoles.${s.role}`)}` }))}
      value={settings?.actingStaffId ?? null}
      onChange={(id) => void updateSettings({ actingStaffId: id }).catch(() => undefined)}
      clearable
      w={190}
      visibleFrom="lg"
    />
  );
}

export function HeaderButtons() {
  const { t } = useTranslation();
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  return (
    <Group gap={6}>
      <Tooltip label={`${t('header.search')} (Ctrl+K)`}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('header.search')}
          onClick={() => spotlight.open()}
        >
          <IconSearch size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('header.darkMode')}>
        <ActionIcon variant="default" size="lg" aria-label={t('header.darkMode')} onClick={toggleColorScheme}>
          {colorScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
