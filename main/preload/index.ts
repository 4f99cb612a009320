// The whole of what the page may ask of the main process: three named methods, one per channel of
// app/ipc/contract.ts, checked against `BridgeApi`. Never a generic `send(channel, …)` or
// `invoke(channel, …)`: that would hand any script in the page every channel, present and future.
// Runs sandboxed (no Node.js; `require` knows only 'electron'), so it is bundled into one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  isMenuCommand,
  MENU_COMMAND_CHANNEL,
  menuCommandEventName,
  type BridgeApi,
  type IpcChannel,
  type IpcContract,
} from '../../app/ipc/contract';

/** Typed `invoke`, private to this file: one request object in, the contract's result out. */
function invoke<K extends IpcChannel>(
  channel: K,
  request: Parameters<IpcContract[K]>[0],
): ReturnType<IpcContract[K]> {
  return ipcRenderer.invoke(channel, request) as ReturnType<IpcContract[K]>;
}

const bridge = {
  openFiles: (request) => invoke('files:open', request),
  saveFile: (request) => invoke('files:save', request),
  openLink: (request) => invoke('links:open', request),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);

// Menu commands arrive as IPC and leave as plain DOM events (`margin:import-sources`): DOM events
// cross from this isolated world to the page's, and carry nothing the page could call back into.
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: unknown) => {
  if (isMenuCommand(command)) window.dispatchEvent(new Event(menuCommandEventName(command)));
});
