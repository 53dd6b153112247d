import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { allChannels } from '../../../shared/api/channels';
import { contract } from '../../../shared/api/contract';

/**
 * The checklist items that span files (README → Security): every IPC channel, not only one, refuses a frame
 * that is not our page before the core sees the call; the preload exposes exactly the calls of
 * shared/api/contract.ts — the contract itself, not only its list of names — and nothing else. Only the
 * `electron` module is replaced.
 */

type Handler = (event: { senderFrame: unknown }, input: unknown) => unknown;
const handlers = new Map<string, Handler>();
const exposed = new Map<string, unknown>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  },
  contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true })), on: vi.fn(), removeListener: vi.fn() },
}));

const { registerIpc } = await import('../../../electron/main/ipc');
const { isTrustedSender } = await import('../../../electron/main/security');
const { windowOptions } = await import('../../../electron/main/window');

const page = { indexFile: path.resolve('/app/out/renderer/index.html') };
const mainFrame = { url: pathToFileURL(page.indexFile).href, parent: null, processId: 7, routingId: 1 };

describe('IPC sender check on every channel', () => {
  it('answers FORBIDDEN to a subframe, another page, a stale frame and no frame, for all calls', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    const undo = registerIpc({ dispatch, isTrusted: (frame) => isTrustedSender(frame, mainFrame, page) });
    try {
      const untrusted = [
        { ...mainFrame, parent: mainFrame, routingId: 2 },
        { ...mainFrame, url: 'https://evil.example/index.html' },
        { ...mainFrame, url: 'file:///tmp/other.html' },
        { ...mainFrame, processId: 8 },
        null,
      ];
      for (const { channel } of allChannels()) {
        for (const senderFrame of untrusted) {
          expect(await handlers.get(channel)!({ senderFrame }, {}), channel).toMatchObject({
            ok: false,
            error: { code: 'FORBIDDEN', key: 'forbidden' },
          });
        }
      }
      expect(dispatch).not.toHaveBeenCalled();
      // The same handler serves our page: the refusals above were the sender check, not a broken handler.
      await handlers.get('settings:get')!({ senderFrame: mainFrame }, undefined);
      expect(dispatch).toHaveBeenCalledExactlyOnceWith('settings', 'get', undefined);
    } finally {
      undo();
    }
  });
});

describe('preload', () => {
  it('exposes one function per call of the contract and nothing else', async () => {
    await import('../../../electron/preload/index');
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, unknown>;
    const fromContract = Object.entries(contract).flatMap(([ns, calls]) =>
      Object.keys(calls as object).map((m) => `${ns}.${m}`),
    );
    const fromPreload = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([ns, calls]) => Object.keys(calls as object).map((m) => `${ns}.${m}`));
    expect(fromPreload.sort()).toEqual(fromContract.sort());
    expect(typeof api.on).toBe('function');
    for (const name of ['invoke', 'send', 'ipcRenderer', 'require', 'process'])
      expect(api).not.toHaveProperty(name);
  });
});

describe('webPreferences beyond the defaults', () => {
  it('turns off experimental features and Blink features, and Node in workers', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });
});
