import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { PriceSpreadPage } from './PriceSpreadPage';
import { PricingWorkbenchPage } from './PricingWorkbenchPage';
import { RepricingPage } from './RepricingPage';
import { CostsHiddenNotice } from '../../components/CostsHiddenNotice';
import { useCostsHidden } from '../../components/use-costs-hidden';

const tabs = ['workbench', 'repricing', 'spread'] as const;
type Tab = (typeof tabs)[number];
const pathOf = (tab: Tab) => (tab === 'workbench' ? '/pricing' : `/pricing/${tab}`);

/** The pricing area: the tab is part of the address (/pricing, /pricing/repricing, /pricing/spread). */
export function PricingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab: Tab = tabs.find((x) => x !== 'workbench' && pathname.startsWith(pathOf(x))) ?? 'workbench';
  // The workbench and repricing are made of costs and floors: core refuses them to the service role.
  const costsHidden = useCostsHidden();
  return (
    <Stack>
      <Tabs value={tab} onChange={(next) => next && void navigate(pathOf(next as Tab))}>
        <Tabs.List>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`spread.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {costsHidden && tab !== 'spread' ? (
        <CostsHiddenNotice reason="costRolePricing" />
      ) : tab === 'repricing' ? (
        <RepricingPage />
      ) : tab === 'spread' ? (
        <PriceSpreadPage />
      ) : (
        <PricingWorkbenchPage />
      )}
    </Stack>
  );
}
