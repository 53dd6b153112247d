import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { staffRoles, type StaffMember, type StaffRole } from '../../../../shared/domain/staff';
import { api } from '../../api';
import { notifyError } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';

export function StaffSection() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('operator');
  const list = useApiQuery(() => api.staff.list({ includeArchived: showArchived }), [showArchived], 'staff');

  const run = (work: Promise<unknown>) => work.then(() => list.reload()).catch(notifyError);

  const add = () =>
    run(
      api.staff.create({ name, role }).then(() => {
        setName('');
      }),
    );

  const rename = (member: StaffMember, name: string) => {
    if (name.trim() && name.trim() !== member.name)
      void run(api.staff.update({ id: member.id, patch: { name: name.trim() } }));
  };

  const roleSelect = (member: StaffMember) => (
    <Select
      aria-label={`${t('settings.staffRole')} ${member.name}`}
      data={staffRoles.map((r) => ({ value: r, label: t(`staffRoles.${r}`) }))}
      value={member.role}
      allowDeselect={false}
      disabled={member.archived}
      onChange={(r) => r && void run(api.staff.update({ id: member.id, patch: { role: r as StaffRole } }))}
      w={170}
    />
  );

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('settings.staff')}</Title>
          <Switch
            label={t('storefronts.showArchived')}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
        </Group>
        <Table verticalSpacing="xs" aria-label={t('settings.staff')}>
          <Table.Tbody>
            {(list.data ?? []).map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {/* Keyed by the saved name: after a save (or a refused one) the field shows what is stored. */}
                    <StaffNameInput key={`${m.id}:${m.name}`} member={m} onRename={rename} />
                    {m.archived && <Badge color="gray">{t('common.archived')}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{roleSelect(m)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={m.archived ? undefined : 'red'}
                    onClick={() =>
                      void run(m.archived ? api.staff.restore({ id: m.id }) : api.staff.archive({ id: m.id }))
                    }
                  >
                    {m.archived ? t('common.restore') : t('common.archive')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data?.length === 0 && <Text c="dimmed">{t('settings.noStaff')}</Text>}
        <Group align="flex-end">
          <TextInput
            label={t('settings.staffName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Select
            label={t('settings.staffRole')}
            data={staffRoles.map((r) => ({ value: r, label: t(`staffRoles.${r}`) }))}
            value={role}
            onChange={(r) => r && setRole(r as StaffRole)}
            allowDeselect={false}
          />
          <Button onClick={() => void add()}>{t('settings.addStaff')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Edits a name in place; saved when the field loses focus or on Enter, like a spreadsheet cell. */
function StaffNameInput({
  member,
  onRename,
}: {
  member: StaffMember;
  onRename(member: StaffMember, name: string): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(member.name);
  return (
    <TextInput
      aria-label={`${t('settings.staffName')} ${member.name}`}
      value={name}
      disabled={member.archived}
      onChange={(e) => setName(e.currentTarget.value)}
      onBlur={() => {
        // A name cannot be emptied: put the saved one back rather than leave a blank that was never stored.
        if (!name.trim()) setName(member.name);
        else onRename(member, name);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      w={200}
    />
  );
}
