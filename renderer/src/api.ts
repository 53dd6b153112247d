import type { Bridge } from '../../shared/api/bridge';
import type { Namespace } from '../../shared/api/channels';
import type { CallInput, CallOutput, MethodName } from '../../shared/api/contract';
import type { EventMap } from '../../shared/api/events';
import type { ApiErrorBody, ErrorCode, FieldIssue } from '../../shared/api/result';
import { createHttpBridge, tokenFromLocation } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser tab, where the HTTP bridge stands in. */
    api?: Bridge;
  }
}

/** A failed call, thrown by the typed client so pages can use try/catch and show one notification. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  readonly issues: FieldIssue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.key = body.key;
    this.params = body.params;
    this.issues = body.issues ?? [];
  }
}

type Client = {
  [N in Namespace]: {
    [M in MethodName<N>]: undefined extends CallInput<N, M>
      ? (input?: CallInput<N, M>) => Promise<CallOutput<N, M>>
      : (input: CallInput<N, M>) => Promise<CallOutput<N, M>>;
  };
};

let bridge: Bridge | undefined;

function currentBridge(): Bridge {
  if (bridge) return bridge;
  if (window.api) return (bridge = window.api);
  return (bridge = createHttpBridge(tokenFromLocation(window.location.search) ?? ''));
}

/** `api.storefronts.create(input)` → the created storefront, or throws ApiError. */
export const api: Client = new Proxy({} as Client, {
  get(_target, namespace: string) {
    return new Proxy(
      {},
      {
        get(_t, method: string) {
          return async (input?: unknown) => {
            const calls = (
              currentBridge() as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>
            )[namespace];
            const fn = calls?.[method];
            if (!fn)
              throw new ApiError({ code: 'NOT_FOUND', message: `Unknown call ${namespace}:${method}` });
            const result = (await fn(input)) as
              { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };
            if (!result.ok) throw new ApiError(result.error);
            return result.value;
          };
        },
      },
    );
  },
});

export function onEvent<E extends keyof EventMap>(
  event: E,
  listener: (payload: EventMap[E]) => void,
): () => void {
  return currentBridge().on(event, listener);
}

/** Tests swap in a bridge of their own. */
export function setBridgeForTests(next: Bridge | undefined): void {
  bridge = next;
}
