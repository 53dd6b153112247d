import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/app';

/** A real database file in a fresh temp folder, removed by `cleanup()`. */
export async function tempCore(
  name = 'channeldesk',
): Promise<Core & { dir: string; events: { event: string; payload: unknown }[]; cleanup(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const events: { event: string; payload: unknown }[] = [];
  const core = await createCore({
    dbFile: path.join(dir, 'shop.db'),
    locale: 'en-US',
    emit: (event, payload) => events.push({ event, payload }),
  });
  return {
    ...core,
    dir,
    events,
    cleanup: async () => {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
