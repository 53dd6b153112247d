import { useRef } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../../../shared/domain/ticket-views';
import { api } from '../../api';
import { fieldError, issuesByField } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify-error';
import { useSaveForm } from '../../hooks/use-save-form';

/**
 * What canned.ts fills from the ticket's order (its `knownPlaceholders`): the buttons insert them at the
 * cursor of the text last typed in. Kept here as a list because the renderer cannot import core.
 */
export const cannedPlaceholders = ['order_id', 'customer_name', 'sku', 'refund_amount'] as const;

type Body = 'bodyZh' | 'bodyEn';
interface Values {
  title: string;
  bodyZh: string;
  bodyEn: string;
}

const required = (v: string, max: number) => (!v.trim() ? 'required' : v.length > max ? 'tooLong' : null);

/** A new canned reply (reply undefined) or one to rewrite: title and the text in both languages. */
export function CannedReplyEditor({
  reply,
  onClose,
  onSaved,
}: {
  reply: CannedReply | null;
  onClose(): void;
  onSaved(reply: CannedReply): void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { title: reply?.title ?? '', bodyZh: reply?.bodyZh ?? '', bodyEn: reply?.bodyEn ?? '' },
    validate: {
      title: (v) => required(v, 80),
      bodyZh: (v) => required(v, 4000),
      bodyEn: (v) => required(v, 4000),
    },
  });
  const error = fieldError(form.errors);
  const last = useRef<{ field: Body; at: number }>({ field: 'bodyZh', at: -1 });
  const areas = { bodyZh: useRef<HTMLTextAreaElement>(null), bodyEn: useRef<HTMLTextAreaElement>(null) };
  const { saving, run } = useSaveForm({
    convert: (values: Values) => ({ ...(reply ? { id: reply.id } : {}), ...values }),
    save: (input) => api.tickets.saveCannedReply(input),
    done: (saved) => {
      notifySuccess(t('ticketSetup.canned.saved'));
      onSaved(saved);
    },
    setErrors: form.setErrors,
    toErrors: (issues) => issuesByField(issues, (path) => path),
  });

  const remember = (field: Body) => () => {
    last.current = { field, at: areas[field].current?.selectionStart ?? -1 };
  };
  const insert = (name: string) => {
    const { field, at } = last.current;
    const text = form.getValues()[field];
    const pos = at < 0 || at > text.length ? text.length : at;
    const token = `{${name}}`;
    form.setFieldValue(field, text.slice(0, pos) + token + text.slice(pos));
    last.current = { field, at: pos + token.length };
  };
  const body = (field: Body) => (
    <Textarea
      ref={areas[field]}
      label={t(`ticketSetup.canned.${field}`)}
      required
      // Fixed rows: Mantine's autosize listens on document.fonts, which test DOMs lack.
      rows={4}
      {...form.getInputProps(field)}
      error={error(field)}
      onKeyUp={remember(field)}
      onClick={remember(field)}
      onBlur={remember(field)}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={reply ? t('ticketSetup.canned.edit') : t('ticketSetup.canned.new')}
    >
      <form onSubmit={form.onSubmit((values) => void run(values))}>
        <Stack>
          <TextInput
            label={t('ticketSetup.canned.titleField')}
            required
            data-autofocus
            {...form.getInputProps('title')}
            error={error('title')}
          />
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('ticketSetup.canned.insert')}:
            </Text>
            {cannedPlaceholders.map((name) => (
              <Button
                key={name}
                size="compact-xs"
                variant="light"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(name)}
                title={t(`ticketSetup.canned.names.${name}`)}
              >
                {`{${name}}`}
              </Button>
            ))}
          </Group>
          {body('bodyZh')}
          {body('bodyEn')}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
