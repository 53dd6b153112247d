import { useState, type ReactNode } from 'react';
import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../../../../shared/api/schemas/common';

/**
 * One list of dates of the shop calendar (holidays, make-up days) as removable badges, with a date field and
 * an Add button. Only a real YYYY-MM-DD date is handed to `onAdd`; `children` stand between field and button.
 */
export function CalendarDateList({
  title,
  empty,
  dates,
  color,
  readOnly,
  inputLabel,
  placeholder,
  addLabel,
  onAdd,
  onRemove,
  children,
}: {
  title: string;
  empty: string;
  /** Each date with what its badge says. */
  dates: { date: string; label: string }[];
  color?: string;
  readOnly: boolean;
  inputLabel: string;
  placeholder: string;
  addLabel: string;
  onAdd(date: string): void;
  onRemove(date: string): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const typed = text.trim();
  const add = () => {
    if (!isCalendarDate(typed)) return;
    onAdd(typed);
    setText('');
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <Group gap={6}>
        {dates.length === 0 && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {dates.map(({ date, label }) => (
          <Badge
            tt="none"
            key={date}
            variant="light"
            color={color}
            rightSection={
              readOnly ? undefined : (
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  // Named with its list: a holiday and a make-up day can be the same date.
                  aria-label={t('ticketSetup.calendar.removeDate', { date, list: title })}
                  onClick={() => onRemove(date)}
                >
                  <IconX size={12} />
                </ActionIcon>
              )
            }
          >
            {label}
          </Badge>
        ))}
      </Group>
      {!readOnly && (
        <Group gap="xs" align="flex-start">
          <TextInput
            size="xs"
            aria-label={inputLabel}
            placeholder={placeholder}
            value={text}
            error={typed && !isCalendarDate(typed) ? t('validation.date') : undefined}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {children}
          <Button size="xs" variant="default" onClick={add} disabled={!isCalendarDate(typed)}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
