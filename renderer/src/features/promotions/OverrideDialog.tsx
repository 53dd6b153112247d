import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { notifyError, translateIssue } from '../../components/notify-error';

/** An action that the core refuses with promotionBelowFloor until it is sent again with a reason. */
type Guarded = (overrideReason?: string) => Promise<void>;

interface Pending {
  count: number;
  message: string;
  run: Guarded;
}

/**
 * Activating, changing or moving a campaign whose stacked price breaks a floor is refused by the core; this
 * asks for the reason (recorded with the person's name) and sends the same action again with it. Any other
 * refusal is thrown on to the caller, so a form still puts its field issues on the fields.
 */
export function useBelowFloorOverride() {
  const [pending, setPending] = useState<Pending | null>(null);

  const attempt = async (run: Guarded): Promise<void> => {
    try {
      await run();
    } catch (err) {
      if (err instanceof ApiError && err.key === 'promotionBelowFloor') {
        setPending({ count: Number(err.params?.count ?? 0), message: err.message, run });
        return;
      }
      throw err;
    }
  };

  const dialog = pending ? <OverrideDialog pending={pending} onClose={() => setPending(null)} /> : null;
  return { attempt, dialog };
}

function OverrideDialog({ pending, onClose }: { pending: Pending; onClose(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await pending.run(reason);
      onClose();
    } catch (err) {
      const issue = err instanceof ApiError ? err.issues.find((i) => i.path === 'overrideReason') : undefined;
      if (issue) setError(translateIssue(issue.message));
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('promoGuard.override.title')} size="lg">
      <Stack>
        <Alert color="red" variant="light">
          <Text size="sm">{t('promoGuard.override.body', { count: pending.count })}</Text>
        </Alert>
        <Textarea
          label={t('promoGuard.override.reason')}
          placeholder={t('promoGuard.override.reasonPlaceholder')}
          required
          rows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('promoGuard.override.back')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {t('promoGuard.override.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
