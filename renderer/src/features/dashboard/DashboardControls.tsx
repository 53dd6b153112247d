import { Group, SegmentedControl, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { periodPresets, type PeriodPreset } from '../../../../shared/logic/period-presets';
import { useShop } from '../../shop-context';
import type { DashboardSelection } from './use-dashboard-period';

/** The option meaning every storefront (a Select option needs a value). */
const ALL = '*';

/** Period presets (custom opens a date range) and one storefront or all. */
export function DashboardControls({ selection }: { selection: DashboardSelection }) {
  const { t } = useTranslation();
  const { storefronts } = useShop();
  const { period, preset } = selection;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label={t('dashboard.period')}
        value={preset}
        onChange={(value) => selection.setPreset(value as PeriodPreset)}
        data={periodPresets.map((p) => ({ value: p, label: t(`dashboard.presets.${p}`) }))}
      />
      {preset === 'custom' && (
        <DatePickerInput
          type="range"
          aria-label={t('dashboard.customRange')}
          value={period ? [period.from, period.to] : [null, null]}
          onChange={([from, to]) => {
            if (from && to) selection.setCustom({ from: String(from), to: String(to) });
          }}
          valueFormat="YYYY-MM-DD"
          w={230}
        />
      )}
      <Select
        label={t('dashboard.storefront')}
        data={[
          { value: ALL, label: t('dashboard.allStorefronts') },
          ...storefronts.map((s) => ({ value: s.id, label: s.name })),
        ]}
        value={selection.storefrontId ?? ALL}
        onChange={(value) => selection.setStorefront(value && value !== ALL ? value : null)}
        allowDeselect={false}
        w={220}
      />
    </Group>
  );
}
