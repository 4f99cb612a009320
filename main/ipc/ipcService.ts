import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcChannel } from '../../app/ipc/contract';
import { isTrustedSenderUrl } from '../security/senderPolicy';
import type { Service } from '../services/service';
import type { ChannelHandlers, RequestOf } from './fileHandlers';
import { parseOpenFilesRequest, parseOpenLinkRequest, parseSaveFileRequest } from './parseRequests';

/** One validator per channel: a mapped type, so a channel added to the contract without one fails to compile. */
const requestParsers: { readonly [K in IpcChannel]: (value: unknown) => RequestOf<K> } = {
  'files:open': parseOpenFilesRequest,
  'files:save': parseSaveFileRequest,
  'links:open': parseOpenLinkRequest,
};

/** Every channel of the contract, in a stable order. */
export const IPC_CHANNELS = Object.keys(requestParsers) as readonly IpcChannel[];

/** Registers a handler for every channel of app/ipc/contract.ts; each checks sender and arguments first. */
export function createIpcService(handlers: ChannelHandlers): Service {
  const register = <K extends IpcChannel>(channel: K): void => {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      // `senderFrame` is null when the frame navigated or closed meanwhile: refuse that too.
      if (!isTrustedSenderUrl(event.senderFrame?.url)) {
        throw new Error(`${channel} refused: the request did not come from the app's own page`);
      }
      if (args.length !== 1) throw new TypeError(`${channel} takes exactly one request object`);
      const request = requestParsers[channel](args[0]);
      return handlers[channel](request, BrowserWindow.fromWebContents(event.sender));
    });
  };
  return {
    start() {
      IPC_CHANNELS.forEach(register);
    },
    dispose() {
      IPC_CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
    },
  };
}
