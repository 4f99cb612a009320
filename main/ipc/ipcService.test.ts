import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, ipcMain, resetFakeElectron } from '../test/fakeElectron';
import type { ChannelHandlers } from './fileHandlers';
import { createIpcService, IPC_CHANNELS } from './ipcService';

vi.mock('electron', () => import('../test/fakeElectron'));

const window = new BrowserWindow({});
const fromApp = { senderFrame: { url: 'app://margin/index.html' }, sender: window.webContents };

function started() {
  const handlers = {
    'files:open': vi.fn(async () => []),
    'files:save': vi.fn(async () => ({ saved: false as const })),
    'links:open': vi.fn(async () => ({ opened: false })),
  };
  createIpcService(handlers as unknown as ChannelHandlers).start();
  return handlers;
}

function invoke(channel: string, event: unknown, ...args: unknown[]) {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => listener(event, ...args));
}

beforeEach(() => {
  resetFakeElectron();
  BrowserWindow.instances.push(window);
});

describe('the IPC service', () => {
  it('registers exactly the contract’s channels', () => {
    started();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(['files:open', 'files:save', 'links:open']);
    expect([...IPC_CHANNELS].sort()).toEqual(['files:open', 'files:save', 'links:open']);
  });

  it('passes a checked request and the asking window to the handler', async () => {
    const handlers = started();
    const request = { title: 'Import sources', multiple: true, extensions: ['txt'] };
    await invoke('files:open', fromApp, request);
    expect(handlers['files:open']).toHaveBeenCalledWith(request, window);
  });

  it('refuses a sender that is not the app’s page, before any handler runs', async () => {
    const handlers = started();
    const request = { title: 'Import', multiple: false, extensions: [] };
    const strangers = [
      { senderFrame: { url: 'https://example.com/' }, sender: window.webContents },
      { senderFrame: { url: 'file:///tmp/index.html' }, sender: window.webContents },
      { senderFrame: null, sender: window.webContents },
    ];
    for (const event of strangers) {
      await expect(invoke('files:open', event, request)).rejects.toThrow(/refused/);
    }
    expect(handlers['files:open']).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments, before any handler runs', async () => {
    const handlers = started();
    await expect(
      invoke('files:save', fromApp, {
        suggestedName: '../../.profile',
        bytes: new Uint8Array(),
        extensions: [],
      }),
    ).rejects.toThrow(TypeError);
    await expect(invoke('files:save', fromApp)).rejects.toThrow(/exactly one/);
    await expect(
      invoke('files:open', fromApp, { title: 'x', multiple: false, extensions: [] }, 'extra'),
    ).rejects.toThrow(/exactly one/);
    expect(handlers['files:save']).not.toHaveBeenCalled();
  });

  it('removes its handlers when disposed', () => {
    const service = createIpcService({} as ChannelHandlers);
    service.start();
    service.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('refuses a link that is not a web or mail address before anything asks the analyst', async () => {
    const handlers = started();
    await expect(invoke('links:open', fromApp, { url: 'file:///etc/passwd' })).rejects.toThrow(/http, https or mailto/);
    expect(handlers['links:open']).not.toHaveBeenCalled();
  });
});
