import { vi } from 'vitest';
import { allChannels } from '../../shared/api/channels';
import type { Bridge } from '../../shared/api/bridge';
import type { EventMap } from '../../shared/api/events';
import type { Result } from '../../shared/api/result';

type Answer = (input: unknown) => Result<unknown>;

/**
 * A stand-in for the IPC boundary only (what the preload would expose): every call of the contract exists,
 * answering from `answers` or with an empty success. Calls are recorded for assertions.
 */
export function fakeBridge(answers: Record<string, Answer> = {}) {
  const calls: { call: string; input: unknown }[] = [];
  const bridge: Record<string, unknown> = {};
  for (const { namespace, method } of allChannels()) {
    const ns = (bridge[namespace] ??= {}) as Record<string, unknown>;
    ns[method] = vi.fn(async (input: unknown) => {
      const call = `${namespace}.${method}`;
      calls.push({ call, input });
      return answers[call]?.(input) ?? { ok: true, value: method === 'list' ? [] : null };
    });
  }
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  bridge.on = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  /** Plays main pushing an event (job progress, data changed) to every subscriber. */
  const emit = <E extends keyof EventMap>(event: E, payload: EventMap[E]) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return { bridge: bridge as unknown as Bridge, calls, emit };
}
