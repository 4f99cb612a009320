import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../app/security/contentSecurityPolicy';
import { startMargin } from './lifecycle';
import {
  app,
  BrowserWindow,
  FakeWebContents,
  fakeNavigationEvent,
  ipcMain,
  Menu,
  protocol,
  resetFakeElectron,
  session,
} from './test/fakeElectron';

vi.mock('electron', () => import('./test/fakeElectron'));

let rendererDir: string;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'margin-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Margin</title>');
});

afterAll(async () => {
  await rm(rendererDir, { recursive: true, force: true });
});

beforeEach(async () => {
  resetFakeElectron();
  await startMargin({
    rendererDir,
    preloadPath: '/opt/margin/out/preload/index.cjs',
    entryUrl: 'app://margin/index.html',
  });
});

function requestDecision(url: string): unknown {
  const callback = vi.fn();
  session.defaultSession.beforeRequest?.listener({ url } as never, callback as never);
  return callback.mock.calls[0]?.[0];
}

describe('Margin’s main process, started', () => {
  it('opens one sandboxed, context-isolated window without Node on app://margin', () => {
    expect(BrowserWindow.instances).toHaveLength(1);
    const [window] = BrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/opt/margin/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://margin/index.html');
  });

  it('registers a handler for exactly the contract’s channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(['files:open', 'files:save', 'links:open']);
  });

  it('serves the renderer folder on app:, with the CSP', async () => {
    const handler = protocol.handlers.get('app');
    const page = await handler!(new Request('app://margin/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler!(new Request('app://margin/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
    expect((await handler!(new Request('app://margin/nothing-here.js'))).status).toBe(404);
  });

  it('cancels every http, https, ws and wss request and lets the app’s own through', () => {
    for (const url of [
      'http://example.com/',
      'https://example.com/',
      'ws://example.com/',
      'wss://example.com/',
    ]) {
      expect(requestDecision(url), url).toEqual({ cancel: true });
    }
    expect(requestDecision('app://margin/assets/index.js')).toEqual({ cancel: false });
  });

  it('denies every permission', () => {
    const callback = vi.fn();
    session.defaultSession.permissionRequestHandler?.(
      {} as never,
      'notifications' as never,
      callback as never,
    );
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.defaultSession.permissionCheckHandler?.(null as never, 'media' as never)).toBe(
      false,
    );
  });

  it('hardens every webContents Electron creates: no window.open, no navigation away', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const navigation = fakeNavigationEvent('https://example.com/');
    contents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    const redirect = fakeNavigationEvent('http://example.com/');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('installs the application menu', () => {
    expect(Menu.applicationMenu).toBeDefined();
  });

  it('undoes all of it on quit', () => {
    app.emit('will-quit');
    expect(protocol.handlers.size).toBe(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(session.defaultSession.beforeRequest).toBeUndefined();
    expect(app.listenerCount('web-contents-created')).toBe(0);
  });
});

describe('the window’s place between sessions', () => {
  it('opens where it was last closed, and remembers where it closes', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'margin-userdata-'));
    try {
      await writeFile(join(userData, 'window-state.json'), JSON.stringify({ x: 100, y: 50, width: 1000, height: 700 }));
      resetFakeElectron();
      app.setPath('userData', userData);
      await startMargin({ rendererDir, preloadPath: '/opt/margin/out/preload/index.cjs', entryUrl: 'app://margin/index.html' });
      const [window] = BrowserWindow.instances;
      expect(window?.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
      window?.emit('close');
      const { readFile } = await import('node:fs/promises');
      expect(JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });
});
