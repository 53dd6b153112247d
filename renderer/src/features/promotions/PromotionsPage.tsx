import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { CalendarPage } from './CalendarPage';
import { CampaignList } from './CampaignList';
import { CampaignPage, NewCampaignPage } from './CampaignPage';
import { ComparePage } from './ComparePage';
import { EvaluationPage } from './EvaluationPage';

const tabs = ['list', 'calendar', 'compare'] as const;
type Tab = (typeof tabs)[number];
const pathOf = (tab: Tab) => (tab === 'list' ? '/promotions' : `/promotions/${tab}`);

/** The area's front page: campaigns, calendar and comparison as tabs whose address is the tab. */
function PromotionsHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab: Tab = tabs.find((x) => x !== 'list' && pathname.startsWith(pathOf(x))) ?? 'list';
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('promotions.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('promotions.subtitle')}
          </Text>
        </div>
        <Button component={Link} to="/promotions/new" leftSection={<IconPlus size={16} />}>
          {t('promotions.newCampaign')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(next) => next && void navigate(pathOf(next as Tab))}>
        <Tabs.List>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`promotions.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tab === 'calendar' ? <CalendarPage /> : tab === 'compare' ? <ComparePage /> : <CampaignList />}
    </Stack>
  );
}

/**
 * /promotions/* — the App routes the whole prefix here (and /promotions itself through the navigation). The
 * address is read here rather than with nested <Routes>, which the navigation's exact /promotions route warns about.
 */
export function PromotionsPage() {
  const { pathname } = useLocation();
  const [, , first, second] = pathname.split('/').map(decodeURIComponent);
  if (!first || first === 'calendar' || first === 'compare') return <PromotionsHome />;
  if (first === 'new') return <NewCampaignPage />;
  if (second === 'evaluation') return <EvaluationPage id={first} />;
  return <CampaignPage key={first} id={first} />;
}
