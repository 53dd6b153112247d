import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Namespace } from '../../../shared/api/channels';
import { onEvent } from '../api';
import { notifyError } from '../components/notify-error';

export interface ApiQuery<T> {
  data: T | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/**
 * Loads data through the API and reloads it when `deps` change or when main says the namespace changed
 * (a job, the CLI, another window). Failures become one readable notification.
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: unknown[], namespace?: Namespace): ApiQuery<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  // No synchronous setState here: the effect below calls this, and `loading` only matters for the first load.
  // Only the newest request may set data: with paging and search, an older, slower answer must not win.
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const value = await loadRef.current();
      if (mine === latest.current) setData(value);
    } catch (err) {
      notifyError(err);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` is the caller's dependency list
  }, deps);

  useEffect(() => {
    if (!namespace) return undefined;
    return onEvent('data:changed', (event) => {
      if (event.namespace === namespace) void reload();
    });
  }, [namespace, reload]);

  return { data, loading, reload };
}
