import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from '../test/fakeElectron';

vi.mock('electron', () => import('../test/fakeElectron'));

// The preload runs in a page: give it a `window` to dispatch menu events on.
const page = new EventTarget();

beforeAll(async () => {
  vi.stubGlobal('window', page);
  await import('./index');
});

describe('the preload', () => {
  it('exposes exactly openFiles, saveFile and openLink as window.margin', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['margin']);
    const bridge = contextBridge.exposed.get('margin') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['openFiles', 'openLink', 'saveFile']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends each call on its own channel with the one request object', async () => {
    const bridge = contextBridge.exposed.get('margin') as {
      openFiles: (request: unknown) => Promise<unknown>;
      saveFile: (request: unknown) => Promise<unknown>;
      openLink: (request: unknown) => Promise<unknown>;
    };
    const open = { title: 'Import sources', multiple: true, extensions: ['txt'] };
    const save = { suggestedName: 'memo.md', bytes: new Uint8Array([35]), extensions: ['md'] };
    await bridge.openFiles(open);
    await bridge.saveFile(save);
    await bridge.openLink({ url: 'https://example.org/' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['files:open', open],
      ['files:save', save],
      ['links:open', { url: 'https://example.org/' }],
    ]);
  });

  it('turns a menu command into a DOM event and ignores anything else', () => {
    const heard: string[] = [];
    page.addEventListener('margin:import-sources', (event) => heard.push(event.type));
    page.addEventListener('margin:export-memo', (event) => heard.push(event.type));
    const listener = ipcRenderer.listeners.get('menu:command');
    listener?.({}, 'import-sources');
    listener?.({}, 'export-memo');
    listener?.({}, 'format-disk');
    expect(heard).toEqual(['margin:import-sources', 'margin:export-memo']);
  });
});
