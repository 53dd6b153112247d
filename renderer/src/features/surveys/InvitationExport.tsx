import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { InvitationListQuery } from '../../../../shared/api/schemas/surveys';
import { api } from '../../api';
import { ExportMenu } from '../../components/ExportMenu';
import { languageOf } from './survey-format';

/** The invitation sheet of the list's filters, to print or hand to whoever makes the phone calls. */
export function InvitationExport({
  filter,
}: {
  filter: Pick<InvitationListQuery, 'status' | 'storefrontId' | 'trigger' | 'from' | 'to'>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ExportMenu
      purpose="surveyExport"
      texts={{
        menu: t('surveyEntry.export.menu'),
        xlsx: t('surveyEntry.export.xlsx'),
        csv: t('surveyEntry.export.csv'),
        pathTitle: t('surveyEntry.export.pathTitle'),
        pathHint: t('surveyEntry.export.pathHint'),
        path: t('surveyEntry.export.path'),
        continue: t('surveyEntry.export.continue'),
        written: (w) => t('surveyEntry.export.written', { rows: w.rows, path: w.path }),
      }}
      defaultName={(format) =>
        `channeldesk-survey-invitations-${filter.status}-${dayjs().format('YYYY-MM-DD')}.${format}`
      }
      write={(format, path) =>
        api.surveys.exportInvitations({ ...filter, path, format, lang: languageOf(i18n.language) })
      }
    />
  );
}
