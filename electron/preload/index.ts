import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../../shared/api/bridge';
import { channelName, channels, eventNames, type Namespace } from '../../shared/api/channels';

/**
 * window.api: one function per contract call (never a generic invoke), plus `on` for main → renderer events.
 * Runs sandboxed and bundled to CommonJS; it imports only shared/api/channels at run time (ESLint checks).
 */

type Invoke = (channel: string, input: unknown) => Promise<unknown>;
type Subscribe = (event: string, handler: (event: IpcRendererEvent, payload: unknown) => void) => () => void;

const isEventName = (name: unknown): boolean => (eventNames as readonly unknown[]).includes(name);

export function buildApi(invoke: Invoke, subscribe: Subscribe): Bridge {
  const api: Record<string, unknown> = {};
  for (const namespace of Object.keys(channels) as Namespace[]) {
    const calls: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const method of channels[namespace]) {
      const channel = channelName(namespace, method);
      calls[method] = (input?: unknown) => invoke(channel, input);
    }
    api[namespace] = Object.freeze(calls);
  }
  api.on = (event: unknown, listener: unknown): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The Electron event object (with its sender) never reaches the page.
    return subscribe(event as string, (_event, payload) => (listener as (payload: unknown) => void)(payload));
  };
  return Object.freeze(api) as unknown as Bridge;
}

const subscribe: Subscribe = (event, handler) => {
  ipcRenderer.on(event, handler);
  return () => {
    ipcRenderer.removeListener(event, handler);
  };
};

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input), subscribe),
);
