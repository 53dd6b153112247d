import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelName, channels, eventNames } from '../../../shared/api/channels';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const ipcRenderer = {
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
  on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)!.add(listener);
  }),
  removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
    listeners.get(channel)?.delete(listener);
  }),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
  ipcRenderer,
}));

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>> & {
  on(event: string, listener: (payload: unknown) => void): () => void;
};
let api: Api;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = exposed.get('api') as Api;
});

describe('preload window.api', () => {
  it('exposes only `api`, with exactly the contract plus `on`', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(channels), 'on'].sort());
    for (const [namespace, methods] of Object.entries(channels)) {
      expect(Object.keys(api[namespace]!).sort()).toEqual([...methods].sort());
      for (const method of methods) expect(typeof api[namespace]![method]).toBe('function');
    }
    expect(api).not.toHaveProperty('invoke');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('each function invokes its own channel with the input', async () => {
    for (const [namespace, methods] of Object.entries(channels)) {
      for (const method of methods) {
        ipcRenderer.invoke.mockClear();
        const input = { probe: `${namespace}.${method}` };
        const answer = await api[namespace]![method]!(input);
        expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channelName(namespace, method), input);
        expect(answer).toEqual({ ok: true, value: { channel: `${namespace}:${method}`, input } });
      }
    }
  });

  it('`on` refuses unknown events', () => {
    for (const name of ['storefronts:create', 'ELECTRON_BROWSER_WINDOW_ALERT', '', 'jobs:progress ']) {
      expect(() => api.on(name, () => undefined)).toThrow(/Unknown event/);
    }
    expect(() => api.on('data:changed', 'not a function' as never)).toThrow(TypeError);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('`on` strips the Electron event and unsubscribes', () => {
    for (const name of eventNames) {
      const received: unknown[][] = [];
      const off = api.on(name, (...args: unknown[]) => received.push(args));
      const electronEvent = { sender: ipcRenderer, senderId: 0 };
      for (const listener of listeners.get(name)!) listener(electronEvent, { namespace: 'fx' });
      expect(received).toEqual([[{ namespace: 'fx' }]]);
      off();
      expect(listeners.get(name)!.size).toBe(0);
    }
  });
});
