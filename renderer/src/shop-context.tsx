import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import type { Settings } from '../../shared/domain/settings';
import type { Storefront } from '../../shared/domain/storefronts';
import type { StaffMember } from '../../shared/domain/staff';
import { api, onEvent } from './api';
import { takeFirstCall } from './first-calls';
import { setLanguage } from './i18n';
import { notifyError } from './components/notify-error';
import { useApiQuery } from './hooks/use-api-query';

export type Period = [string, string];

interface ShopState {
  settings: Settings | undefined;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  storefronts: Storefront[];
  staff: StaffMember[];
  /** Storefront ids picked in the header filter; empty = all. Later pages read it. */
  storefrontFilter: string[];
  setStorefrontFilter(ids: string[]): void;
  /** Period picked in the header, as YYYY-MM-DD dates in the shop's calendar. */
  period: Period;
  setPeriod(period: Period): void;
}

const ShopContext = createContext<ShopState | undefined>(undefined);

const thisMonth = (): Period => [dayjs().startOf('month').format('YYYY-MM-DD'), dayjs().format('YYYY-MM-DD')];

function stored<T>(key: string, fallback: T): T {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function ShopProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>();
  const [storefrontFilter, setFilterState] = useState<string[]>(() => stored('cd.storefrontFilter', []));
  const [period, setPeriodState] = useState<Period>(() => stored('cd.period', thisMonth()));
  const storefronts = useApiQuery(() => takeFirstCall('storefronts.list'), [], 'storefronts');
  const staff = useApiQuery(() => takeFirstCall('staff.list'), [], 'staff');

  useEffect(() => {
    const load = () =>
      takeFirstCall('settings.get')
        .then((s) => {
          setSettings(s);
          setLanguage(s.language);
        })
        .catch(notifyError);
    void load();
    // The demo shop, the CLI or another window may change settings underneath this page.
    return onEvent('data:changed', (event) => {
      if (event.namespace === 'settings') void load();
    });
  }, []);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    try {
      const next = await api.settings.update(patch);
      setSettings(next);
      setLanguage(next.language);
    } catch (err) {
      notifyError(err);
      throw err;
    }
  }, []);

  const value = useMemo<ShopState>(
    () => ({
      settings,
      updateSettings,
      storefronts: storefronts.data ?? [],
      staff: staff.data ?? [],
      storefrontFilter,
      setStorefrontFilter: (ids) => {
        setFilterState(ids);
        localStorage.setItem('cd.storefrontFilter', JSON.stringify(ids));
      },
      period,
      setPeriod: (p) => {
        setPeriodState(p);
        localStorage.setItem('cd.period', JSON.stringify(p));
      },
    }),
    [settings, updateSettings, storefronts.data, staff.data, storefrontFilter, period],
  );
  return <ShopContext.Provider value={value}>{children}</ShopContext.Provider>;
}

export function useShop(): ShopState {
  const state = useContext(ShopContext);
  if (!state) throw new Error('useShop outside ShopProvider');
  return state;
}

/** The shop state, or undefined outside ShopProvider (a component tested on its own). */
export const useShopIfAny = (): ShopState | undefined => useContext(ShopContext);
