import { Button, Checkbox, Menu, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { orderColumns, type OrderColumn } from '../../../../shared/domain/order-list';

interface Props {
  columns: OrderColumn[];
  onChange(columns: OrderColumn[]): void;
}

/** Which columns the list shows, always in the same order; the last one cannot be switched off. */
export function OrderColumnsMenu({ columns, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (column: OrderColumn, on: boolean) => {
    const chosen = new Set(columns);
    if (on) chosen.add(column);
    else chosen.delete(column);
    if (chosen.size) onChange(orderColumns.filter((c) => chosen.has(c)));
  };
  return (
    <Menu position="bottom-end" closeOnItemClick={false} withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          {t('orders.columnsMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={6} p="xs">
          {orderColumns.map((c) => (
            <Checkbox
              key={c}
              label={t(`orders.columns.${c}`)}
              checked={columns.includes(c)}
              disabled={columns.length === 1 && columns.includes(c)}
              onChange={(e) => toggle(c, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
