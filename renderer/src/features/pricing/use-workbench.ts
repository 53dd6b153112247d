import { useEffect, useState } from 'react';
import type { WorkbenchQuery } from '../../../../shared/api/schemas/pricing';
import type { PricingWorkbench } from '../../../../shared/domain/pricing';
import { api } from '../../api';

interface State {
  key: string;
  data?: PricingWorkbench;
  error?: unknown;
}

/**
 * The workbench answer for a query that changes while the person types. Only the answer to the latest query
 * is kept (an older, slower answer is dropped), and the previous figures stay on screen until the new ones
 * arrive, so typing never makes the page flicker to empty.
 */
export function useWorkbench(query: WorkbenchQuery | null, version = 0) {
  const key = query ? `${JSON.stringify(query)}#${version}` : '';
  const [state, setState] = useState<State>({ key: '' });

  useEffect(() => {
    if (!key) return undefined;
    let live = true;
    const sent = JSON.parse(key.slice(0, key.lastIndexOf('#'))) as WorkbenchQuery;
    api.pricing.workbench(sent).then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && setState({ key, error }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  return {
    data: key ? state.data : undefined,
    error: state.key === key ? state.error : undefined,
    loading: key !== '' && state.key !== key,
  };
}
