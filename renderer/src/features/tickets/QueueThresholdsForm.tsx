import { useState } from 'react';
import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueSoonRule } from '../../../../shared/domain/tickets';

const whole = (v: string | number, min: number, max: number): number | null => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** When a running clock counts as due soon, and when a pending ticket has waited too long. */
export function QueueThresholdsForm({
  dueSoon,
  pendingTooLongHours,
  readOnly,
  onSave,
}: {
  dueSoon: DueSoonRule;
  pendingTooLongHours: number;
  readOnly: boolean;
  onSave(patch: { dueSoon: DueSoonRule; pendingTooLongHours: number }): Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DueSoonRule['kind']>(dueSoon.kind);
  // The share is shown in whole percent: basis points are the stored unit (2500 = 25 %).
  const [percent, setPercent] = useState<string | number>(dueSoon.kind === 'share' ? dueSoon.bp / 100 : 25);
  const [minutes, setMinutes] = useState<string | number>(dueSoon.kind === 'minutes' ? dueSoon.minutes : 60);
  const [hours, setHours] = useState<string | number>(pendingTooLongHours);
  const [saving, setSaving] = useState(false);

  const share = whole(percent, 1, 100);
  const left = whole(minutes, 1, 525_600);
  const pending = whole(hours, 1, 8760);
  const rule: DueSoonRule | null =
    kind === 'share' ? (share ? { kind, bp: share * 100 } : null) : left ? { kind, minutes: left } : null;

  const save = async () => {
    if (!rule || !pending) return;
    setSaving(true);
    try {
      await onSave({ dueSoon: rule, pendingTooLongHours: pending });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('ticketSetup.thresholds.title')}>
      <Stack gap="sm">
        <Title order={4}>{t('ticketSetup.thresholds.title')}</Title>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('ticketSetup.thresholds.dueSoon')}
          </Text>
          <SegmentedControl
            w="fit-content"
            value={kind}
            disabled={readOnly}
            onChange={(v) => setKind(v as DueSoonRule['kind'])}
            data={[
              { value: 'share', label: t('ticketSetup.thresholds.share') },
              { value: 'minutes', label: t('ticketSetup.thresholds.minutes') },
            ]}
          />
        </Stack>
        <Group align="flex-start">
          {kind === 'share' ? (
            <NumberInput
              label={t('ticketSetup.thresholds.sharePercent')}
              value={percent}
              onChange={setPercent}
              min={1}
              max={100}
              allowDecimal={false}
              readOnly={readOnly}
              error={share === null ? t('validation.rateBp') : undefined}
              w={220}
            />
          ) : (
            <NumberInput
              label={t('ticketSetup.thresholds.minutesLeft')}
              value={minutes}
              onChange={setMinutes}
              min={1}
              allowDecimal={false}
              readOnly={readOnly}
              error={left === null ? t('validation.slaMinutes') : undefined}
              w={220}
            />
          )}
          <NumberInput
            label={t('ticketSetup.thresholds.pendingHours')}
            value={hours}
            onChange={setHours}
            min={1}
            max={8760}
            allowDecimal={false}
            readOnly={readOnly}
            error={pending === null ? t('validation.pendingHours') : undefined}
            w={240}
          />
        </Group>
        {!readOnly && (
          <Group justify="flex-end">
            <Button onClick={() => void save()} disabled={!rule || !pending} loading={saving}>
              {t('ticketSetup.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
