import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allChannels } from '../../../shared/api/channels';
import { tempCore } from '../../helpers/temp-core';

type Handler = (event: { senderFrame: unknown }, input: unknown) => unknown;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  },
}));

const { createEventForwarder, registerIpc } = await import('../../../electron/main/ipc');
const { isTrustedSender } = await import('../../../electron/main/security');

const page = { indexFile: path.resolve('/app/out/renderer/index.html') };
const appUrl = pathToFileURL(page.indexFile).href;
const mainFrame = { url: appUrl, parent: null, processId: 3, routingId: 1 };
const isTrusted = (frame: unknown) => isTrustedSender(frame as never, mainFrame, page);

describe('IPC registration', () => {
  let core: Awaited<ReturnType<typeof tempCore>>;
  let unregister: () => void;

  beforeAll(async () => {
    core = await tempCore('channeldesk-ipc');
    unregister = registerIpc({ dispatch: core.dispatch, isTrusted });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('registers exactly one handler per contract call', () => {
    expect([...handlers.keys()].sort()).toEqual(
      allChannels()
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('answers an untrusted sender with FORBIDDEN without reaching the core', async () => {
    const dispatch = vi.fn(core.dispatch);
    handlers.clear();
    const undo = registerIpc({ dispatch, isTrusted });
    const subframe = { ...mainFrame, parent: mainFrame, routingId: 2 };
    const foreign = { ...mainFrame, url: 'https://evil.example/' };
    for (const senderFrame of [subframe, foreign, null]) {
      const result = await handlers.get('settings:get')!({ senderFrame }, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    undo();
    expect(handlers.size).toBe(0);
    unregister = registerIpc({ dispatch: core.dispatch, isTrusted });
  });

  it('lets the app page reach dispatch, which validates and answers', async () => {
    const settings = await handlers.get('settings:get')!({ senderFrame: mainFrame }, undefined);
    expect(settings).toMatchObject({ ok: true, value: { language: 'en' } });
    const updated = await handlers.get('settings:update')!({ senderFrame: mainFrame }, { language: 'zh-CN' });
    expect(updated).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
    expect(await handlers.get('settings:get')!({ senderFrame: mainFrame }, undefined)).toMatchObject({
      ok: true,
      value: { language: 'zh-CN' },
    });
    const invalid = await handlers.get('settings:update')!({ senderFrame: mainFrame }, { language: 'fr' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    unregister();
  });
});

describe('event forwarding', () => {
  it('sends core events to the live window only', () => {
    const contents = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
    let target: typeof contents | null = null;
    const emit = createEventForwarder(() => target);
    emit('data:changed', { namespace: 'storefronts' });
    expect(contents.send).not.toHaveBeenCalled();
    target = contents;
    emit('data:changed', { namespace: 'storefronts' });
    expect(contents.send).toHaveBeenCalledWith('data:changed', { namespace: 'storefronts' });
    contents.isDestroyed.mockReturnValue(true);
    emit('data:changed', { namespace: 'fx' });
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});
