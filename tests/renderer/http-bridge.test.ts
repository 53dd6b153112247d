import { afterEach, describe, expect, it, vi } from 'vitest';
import { allChannels } from '../../shared/api/channels';
import type { JobInfo } from '../../shared/domain/jobs';
import { createHttpBridge, tokenFromLocation } from '../../renderer/src/http-bridge';

/** Records the EventSource the bridge opens and lets the test play the server's SSE messages. */
class FakeEventSource {
  static last: FakeEventSource | undefined;
  readonly listeners = new Map<string, (e: MessageEvent<string>) => void>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (e: MessageEvent<string>) => void): void {
    this.listeners.set(name, listener);
  }
  send(name: string, payload: unknown): void {
    this.listeners.get(name)?.(new MessageEvent(name, { data: JSON.stringify(payload) }));
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('HTTP bridge (the preview server protocol)', () => {
  it('has every call of the contract, and nothing else', () => {
    const bridge = createHttpBridge('t') as unknown as Record<string, Record<string, unknown>>;
    for (const { namespace, method } of allChannels()) {
      expect(typeof bridge[namespace]?.[method]).toBe('function');
    }
    expect(typeof (bridge as unknown as { on: unknown }).on).toBe('function');
  });

  it('POSTs the input as JSON with the token, and answers the Result the server sent', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
      Response.json({ ok: false, error: { code: 'CONFLICT', message: 'taken', key: 'storefrontNameTaken' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const bridge = createHttpBridge('s3cret');
    const result = await bridge.storefronts.archive({ id: 'a1' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'taken', key: 'storefrontNameTaken' },
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/storefronts/archive');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer s3cret' });
    expect(init.body).toBe('{"id":"a1"}');
  });

  it('sends null for a call without input', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ ok: true, value: [] }));
    vi.stubGlobal('fetch', fetch);
    expect(await createHttpBridge('t').backup.list()).toEqual({ ok: true, value: [] });
    expect(fetch.mock.calls[0]![1].body).toBe('null');
  });

  it('turns a network failure into a failed Result instead of a throw', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await createHttpBridge('t').settings.get();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', key: 'offline' } });
  });

  it('receives events over SSE with the token in the address', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const bridge = createHttpBridge('a b');
    const seen: JobInfo[] = [];
    const off = bridge.on('jobs:progress', (job) => seen.push(job));
    expect(FakeEventSource.last?.url).toBe('/api/events?token=a%20b');
    const job = { id: 'j1', kind: 'backup', state: 'running', done: 1, total: 4 };
    FakeEventSource.last!.send('jobs:progress', job);
    off();
    FakeEventSource.last!.send('jobs:progress', { ...job, done: 2 });
    expect(seen).toEqual([job]);
  });

  it('reads the token once from the page address', () => {
    expect(tokenFromLocation('?token=abc123')).toBe('abc123');
    expect(tokenFromLocation('')).toBeNull();
  });
});
