import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ticketPriorities,
  ticketTypes,
  type SlaPolicyRule,
  type TicketPriority,
  type TicketType,
} from '../../../../shared/domain/tickets';
import { formatWorkingMinutes, parseWorkingMinutes } from './working-duration';

type Clock = 'first' | 'resolution';
const clocks: Clock[] = ['first', 'resolution'];
const cellKey = (type: TicketType, priority: TicketPriority, clock: Clock) => `${type}/${priority}/${clock}`;

function initialValues(rules: readonly SlaPolicyRule[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const r of rules) {
    values[cellKey(r.type, r.priority, 'first')] = formatWorkingMinutes(r.firstResponseMinutes);
    values[cellKey(r.type, r.priority, 'resolution')] = formatWorkingMinutes(r.resolutionMinutes);
  }
  return values;
}

/**
 * Type × priority → first-response and resolution targets in working time. A cell that does not read as a
 * duration is marked and named above the save button; the whole grid is saved as the policy (replaced whole).
 * Keyed by the saved rules in the parent, so a save or a change elsewhere starts it afresh.
 */
export function SlaPolicyGrid({
  rules,
  readOnly,
  onSave,
}: {
  rules: readonly SlaPolicyRule[];
  readOnly: boolean;
  onSave(rules: SlaPolicyRule[]): Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(rules));
  const [saving, setSaving] = useState(false);
  const cellName = (type: TicketType, priority: TicketPriority, clock: Clock) =>
    t('ticketSetup.sla.cell', {
      type: t(`ticketSetup.types.${type}`),
      priority: t(`ticketSetup.priorities.${priority}`),
      clock: t(`ticketSetup.sla.${clock}`),
    });

  const bad: string[] = [];
  const parsed: SlaPolicyRule[] = [];
  for (const type of ticketTypes) {
    for (const priority of ticketPriorities) {
      const [first, resolution] = clocks.map((clock) => {
        const minutes = parseWorkingMinutes(values[cellKey(type, priority, clock)] ?? '');
        if (minutes === undefined) bad.push(cellName(type, priority, clock));
        return minutes ?? null;
      });
      if (first !== null || resolution !== null)
        parsed.push({ type, priority, firstResponseMinutes: first!, resolutionMinutes: resolution! });
    }
  }

  const save = async () => {
    setSaving(true);
    try {
      await onSave(parsed);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('ticketSetup.sla.title')}>
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('ticketSetup.sla.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('ticketSetup.sla.hint')}
          </Text>
        </div>
        <ScrollArea>
          <Table withColumnBorders fz="sm" miw={820}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th rowSpan={2}>{t('ticketSetup.sla.type')}</Table.Th>
                {ticketPriorities.map((p) => (
                  <Table.Th key={p} colSpan={2} ta="center">
                    {t(`ticketSetup.priorities.${p}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
              <Table.Tr>
                {ticketPriorities.flatMap((p) =>
                  clocks.map((clock) => (
                    <Table.Th key={`${p}/${clock}`} fw={400} c="dimmed" fz="xs">
                      {t(`ticketSetup.sla.${clock}`)}
                    </Table.Th>
                  )),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ticketTypes.map((type) => (
                <Table.Tr key={type}>
                  <Table.Td fw={500}>{t(`ticketSetup.types.${type}`)}</Table.Td>
                  {ticketPriorities.flatMap((priority) =>
                    clocks.map((clock) => {
                      const key = cellKey(type, priority, clock);
                      const value = values[key] ?? '';
                      return (
                        <Table.Td key={key} p={4}>
                          <TextInput
                            size="xs"
                            w={78}
                            aria-label={cellName(type, priority, clock)}
                            value={value}
                            readOnly={readOnly}
                            error={parseWorkingMinutes(value) === undefined}
                            onChange={(e) => {
                              const next = e.currentTarget.value;
                              setValues((v) => ({ ...v, [key]: next }));
                            }}
                          />
                        </Table.Td>
                      );
                    }),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        {bad.length > 0 && (
          <Alert color="red" title={t('ticketSetup.sla.problems')}>
            <List size="sm">
              {bad.map((name) => (
                <List.Item key={name}>
                  {name}: {t('ticketSetup.sla.badDuration')}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {!readOnly && (
          <Group justify="flex-end">
            <Button onClick={() => void save()} disabled={bad.length > 0} loading={saving}>
              {t('ticketSetup.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
