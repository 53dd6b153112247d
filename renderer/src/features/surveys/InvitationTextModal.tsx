import { useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyInvitationRow } from '../../../../shared/domain/survey-views';
import type { Language } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import { useApiQuery } from '../../hooks/use-api-query';

interface Props {
  invitation: SurveyInvitationRow;
  onClose(): void;
  onSent(): void;
}

/**
 * The invitation as text to paste into the platform's chat, in the customer's language (either can be
 * picked). Copying marks it sent: response_rate counts sent invitations, and the agent should not have to
 * remember a second click.
 */
export function InvitationTextModal({ invitation, onClose, onSent }: Props) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(invitation.language);
  const [busy, setBusy] = useState(false);
  const rendered = useApiQuery(
    () => api.surveys.renderInvitation({ id: invitation.id, language }),
    [invitation.id, language],
  );
  const text = rendered.data?.text ?? '';

  const markSent = async (copy: boolean) => {
    setBusy(true);
    try {
      if (copy) await navigator.clipboard.writeText(text);
      if (!invitation.sentAt) await api.surveys.markSent({ ids: [invitation.id] });
      notifySuccess(t(copy ? 'surveys.invitations.copied' : 'surveys.invitations.markedOne'));
      onSent();
    } catch (err) {
      notifyError(
        err instanceof Error && err.name === 'NotAllowedError'
          ? new Error(t('surveys.invitations.copyFailed'))
          : err,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('surveys.invitations.textTitle')} size="lg">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {[invitation.storefrontName, invitation.customerName, invitation.orderExternalId]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <SegmentedControl
            size="xs"
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            aria-label={t('surveys.preview.language')}
            data={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Group>
        <Textarea label={t('surveys.invitations.text')} value={text} readOnly rows={12} />
        {(rendered.data?.unknownPlaceholders.length ?? 0) > 0 && (
          <Alert color="orange" variant="light">
            {t('surveys.invitations.unknownPlaceholders', {
              names: rendered.data!.unknownPlaceholders.join(', '),
            })}
          </Alert>
        )}
        <Group justify="flex-end">
          {invitation.sentAt ? (
            <Text size="sm" c="dimmed">
              {t('surveys.invitations.alreadySent')}
            </Text>
          ) : (
            <Button variant="default" loading={busy} onClick={() => void markSent(false)}>
              {t('surveys.invitations.markSent')}
            </Button>
          )}
          <Button
            leftSection={<IconCopy size={16} />}
            loading={busy}
            disabled={!text}
            onClick={() => void markSent(true)}
          >
            {invitation.sentAt ? t('surveys.invitations.copy') : t('surveys.invitations.copyAndMark')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
