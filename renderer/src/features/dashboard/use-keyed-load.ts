import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Namespace } from '../../../../shared/api/channels';
import { onEvent } from '../../api';

export interface KeyedLoad<T> {
  /** The answer for the current key only: never an older period's figures under a newer period's title. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Loads `load()` for `key` and again when main says one of `namespaces` changed (an import, the CLI). Unlike
 * useApiQuery it keeps the failure as state, so the page can say in place why a period cannot be shown.
 */
export function useKeyedLoad<T>(
  key: string | null,
  load: () => Promise<T>,
  namespaces: Namespace[],
): KeyedLoad<T> {
  const [state, setState] = useState<{ key: string; round: number; data?: T; error?: unknown }>();
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    loadRef.current().then(
      (data) => live && setState({ key, round, data }),
      (error: unknown) => live && setState({ key, round, error }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);

  const watched = namespaces.join(',');
  useEffect(
    () =>
      onEvent('data:changed', (event) => {
        if (watched.split(',').includes(event.namespace)) setRound((r) => r + 1);
      }),
    [watched],
  );

  const ready = state && state.key === key ? state : undefined;
  return { data: ready?.data, error: ready?.error, loading: !ready };
}
