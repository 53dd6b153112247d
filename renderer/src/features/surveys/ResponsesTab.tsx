import { useState } from 'react';
import { Alert, Anchor, Grid, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { SurveyInvitationRow, SurveyResponseView } from '../../../../shared/domain/survey-views';
import { api, ApiError } from '../../api';
import { useApiQuery } from '../../hooks/use-api-query';
import { InvitationContext } from './InvitationContext';
import { PhoneForm } from './PhoneForm';
import { ResponseImport } from './ResponseImport';
import { ResponsesList } from './ResponsesList';
import { localized } from './survey-format';

/**
 * Responses come in two ways: a phone interview typed here (from an invitation, whose ticket, order and
 * customer are shown beside the questions), or a form tool's export imported with a column mapping.
 */
export function ResponsesTab() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const view = params.get('view') === 'import' ? 'import' : 'enter';
  const invitationId = params.get('invitation');
  // The list hands its row over in router state, so the form opens at once; the invitation is read by id as
  // well (a reload or a link keeps only the id, and the read one says whether it has been answered since).
  const passed = (location.state as { invitation?: SurveyInvitationRow } | null)?.invitation;
  const lookup = useApiQuery(
    async () =>
      invitationId
        ? {
            id: invitationId,
            row: await api.surveys.invitation({ id: invitationId }).catch((err: unknown) => {
              if (err instanceof ApiError && err.code === 'NOT_FOUND') return null;
              throw err;
            }),
          }
        : null,
    [invitationId],
    'surveys',
  );
  const read = lookup.data && lookup.data.id === invitationId ? lookup.data : null;
  const invitation = read?.row ?? (passed && passed.id === invitationId ? passed : null);
  const waiting = !!invitationId && !invitation && !read;
  const missing = !!invitationId && !invitation && read?.row === null;
  const answeredBefore = !!invitation?.responseId;
  const templates = useApiQuery(() => api.surveys.templates(), [], 'surveys');
  const active = (templates.data ?? []).filter((tpl) => !tpl.archived);
  const [chosen, setChosen] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [last, setLast] = useState<SurveyResponseView | null>(null);
  const templateId = invitation?.templateId ?? chosen ?? active[0]?.id ?? null;
  const template = (templates.data ?? []).find((tpl) => tpl.id === templateId) ?? null;

  const setView = (v: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('view', v);
      next.delete('invitation');
      return next;
    });

  return (
    <Stack>
      <SegmentedControl
        w="fit-content"
        value={view}
        onChange={setView}
        data={[
          { value: 'enter', label: t('surveyEntry.responses.enter') },
          { value: 'import', label: t('surveyEntry.responses.import') },
        ]}
      />
      {view === 'import' ? (
        <ResponseImport templates={active} />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack>
              {missing && <Alert color="orange">{t('surveyEntry.context.missing')}</Alert>}
              {answeredBefore && !last && (
                <Alert color="teal">{t('surveyEntry.context.answeredBefore')}</Alert>
              )}
              {!invitation && !waiting && (
                <Select
                  label={t('surveyEntry.responses.template')}
                  data={active.map((tpl) => ({ value: tpl.id, label: localized(tpl.name, i18n.language) }))}
                  value={templateId}
                  allowDeselect={false}
                  onChange={setChosen}
                  w={320}
                />
              )}
              {last && (
                <Alert color={last.low ? 'orange' : 'teal'} title={t('surveyEntry.responses.lastTitle')}>
                  <Text size="sm">
                    {t('surveyEntry.responses.lastScores', {
                      csat: last.csat ?? '—',
                      nps: last.nps ?? '—',
                    })}
                  </Text>
                  {last.followupTicketId && (
                    <Text size="sm">
                      {t('surveyEntry.responses.followup')}{' '}
                      <Anchor component={Link} to={`/tickets/${last.followupTicketId}`}>
                        #{last.followupTicketNumber}
                      </Anchor>
                    </Text>
                  )}
                </Alert>
              )}
              {waiting ? (
                <Text c="dimmed">{t('common.loading')}</Text>
              ) : template ? (
                <PhoneForm
                  key={`${template.id}-${invitation?.id ?? ''}-${round}`}
                  template={template}
                  invitationId={invitation && !last && !answeredBefore ? invitation.id : null}
                  onRecorded={(response) => {
                    setLast(response);
                    setRound((r) => r + 1);
                  }}
                />
              ) : (
                !templates.loading && <Text c="dimmed">{t('surveyEntry.responses.noTemplates')}</Text>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            {/* With the form, not before it: whoever reads "Calling about" may start typing the answers. */}
            {invitation && template && !waiting && (
              <InvitationContext invitation={invitation} answered={!!last || answeredBefore} />
            )}
          </Grid.Col>
          <Grid.Col span={12}>
            <ResponsesList />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
