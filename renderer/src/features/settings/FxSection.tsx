import { useState } from 'react';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';
import { formatDate } from '../../../../shared/logic/money';

export function FxSection() {
  const { t, i18n } = useTranslation();
  const [currency, setCurrency] = useState('USD');
  const [date, setDate] = useState<string | null>(dayjs().format('YYYY-MM-DD'));
  const [rate, setRate] = useState('');
  const list = useApiQuery(() => api.fx.list(), [], 'fx');

  const add = async () => {
    try {
      await api.fx.add({ currency, date: date ?? '', rate });
      setRate('');
      await list.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <div>
          <Title order={3}>{t('settings.fx')}</Title>
          <Text size="sm" c="dimmed">
            {t('settings.fxHint')}
          </Text>
        </div>
        <Table verticalSpacing="xs" aria-label={t('settings.fx')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.fxCurrency')}</Table.Th>
              <Table.Th>{t('settings.fxDate')}</Table.Th>
              <Table.Th>{t('settings.fxRate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.currency}</Table.Td>
                <Table.Td>{formatDate(r.date, i18n.language)}</Table.Td>
                <Table.Td>{r.rate}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => void api.fx.remove({ id: r.id }).then(() => list.reload(), notifyError)}
                  >
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data?.length === 0 && <Text c="dimmed">{t('settings.noRates')}</Text>}
        <Group align="flex-end">
          <TextInput
            label={t('settings.fxCurrency')}
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            w={110}
          />
          <DateInput
            label={t('settings.fxDate')}
            value={date}
            onChange={setDate}
            valueFormat="YYYY-MM-DD"
            w={150}
          />
          <TextInput
            label={t('settings.fxRate')}
            value={rate}
            onChange={(e) => setRate(e.currentTarget.value)}
            inputMode="decimal"
            w={130}
          />
          <Button onClick={() => void add()}>{t('settings.addRate')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
