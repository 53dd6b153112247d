import { allChannels, eventNames, type EventName } from '../../shared/api/channels';
import type { Bridge } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/result';

/**
 * `window.api` for a normal browser tab (the preview server): the same calls over
 * `POST /api/<namespace>/<method>` with the per-run token the page got in its URL, and events over SSE.
 * Built from the channel list, so it can never miss or invent a call.
 */
export function createHttpBridge(token: string, base = ''): Bridge {
  const bridge: Record<string, unknown> = {};
  for (const { namespace, method } of allChannels()) {
    const calls = (bridge[namespace] ??= {}) as Record<string, (input?: unknown) => Promise<Result<unknown>>>;
    calls[method] = async (input?: unknown) => {
      try {
        const response = await fetch(`${base}/api/${namespace}/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? null),
        });
        return (await response.json()) as Result<unknown>;
      } catch (err) {
        return { ok: false, error: { code: 'INTERNAL', message: String(err), key: 'offline' } };
      }
    };
  }
  let source: EventSource | undefined;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  bridge.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    if (!source) {
      source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
      for (const name of eventNames) {
        source.addEventListener(name, (e) => {
          const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
          for (const l of listeners.get(name) ?? []) l(payload);
        });
      }
    }
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  return bridge as unknown as Bridge;
}

/** The token arrives once in the address (`?token=…`); it is kept in memory only. */
export function tokenFromLocation(search: string): string | null {
  return new URLSearchParams(search).get('token');
}
