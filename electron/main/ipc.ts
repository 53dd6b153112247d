import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { allChannels } from '../../shared/api/channels';
import type { EventMap } from '../../shared/api/events';
import { fail, type Result } from '../../shared/api/result';
import type { Dispatch } from '../core/router';
import type { SenderFrame } from './security';

/** The only file that touches ipcMain (enforced by ESLint): one handler per contract call, nothing generic. */

export const forbidden = (channel: string): Result<never> =>
  fail({
    code: 'FORBIDDEN',
    message: `${channel} was called from a frame that is not the app's page`,
    key: 'forbidden',
  });

export interface IpcOptions {
  dispatch: Dispatch;
  /** isTrustedSender bound to the current window (see security.ts). */
  isTrusted: (frame: SenderFrame | null) => boolean;
}

/** Registers every call of the contract; returns a function that removes them again. */
export function registerIpc({ dispatch, isTrusted }: IpcOptions): () => void {
  const registered: string[] = [];
  for (const { namespace, method, channel } of allChannels()) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrusted(event.senderFrame)) return forbidden(channel);
      return dispatch(namespace, method, input);
    });
    registered.push(channel);
  }
  return () => registered.forEach((channel) => ipcMain.removeHandler(channel));
}

type Emit = <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void;

/**
 * Core events (job progress, data changed) go to the window's page. The window may not exist yet (core opens
 * first) or be closing, so the target is looked up at each event.
 */
export function createEventForwarder(
  target: () => Pick<WebContents, 'send' | 'isDestroyed'> | null | undefined,
): Emit {
  return (event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(event, payload);
  };
}
