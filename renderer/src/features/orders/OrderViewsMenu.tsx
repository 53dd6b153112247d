import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { IconBookmark, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../../../shared/domain/order-list';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';

/** What a view stores: the list's current filters, sort and columns. */
export type ViewContent = Pick<OrderView, 'filters' | 'sort' | 'direction' | 'columns'>;

interface Props {
  current: ViewContent;
  onApply(view: OrderView): void;
}

/** Saved views: apply one, save the current list under a name (the same name replaces that view), delete. */
export function OrderViewsMenu({ current, onApply }: Props) {
  const { t } = useTranslation();
  const views = useApiQuery(() => api.orders.views(), [], 'orders');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const list = views.data ?? [];

  const save = async () => {
    const same = list.find((v) => v.name.toLowerCase() === name.trim().toLowerCase());
    try {
      const saved = await api.orders.saveView({ ...current, id: same?.id, name: name.trim() });
      setNaming(false);
      notifySuccess(t('orders.viewSaved', { name: saved.name }));
      await views.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  const remove = async (view: OrderView) => {
    try {
      await api.orders.deleteView({ id: view.id });
      notifySuccess(t('orders.viewDeleted'));
      await views.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />}>
            {t('orders.views')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {list.length === 0 && <Menu.Label>{t('orders.noViews')}</Menu.Label>}
          {list.map((view) => (
            <Group key={view.id} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onApply(view)}>{view.name}</Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('orders.deleteView', { name: view.name })}
                onClick={() => void remove(view)}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item
            onClick={() => {
              setName('');
              setNaming(true);
            }}
          >
            {t('orders.saveView')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('orders.saveView')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void save();
          }}
        >
          <Stack>
            <TextInput
              label={t('orders.viewName')}
              required
              data-autofocus
              maxLength={60}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!name.trim()}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
