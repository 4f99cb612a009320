import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetFakeElectron } from '../test/fakeElectron';
import { createWindowService } from './windowService';

vi.mock('electron', () => import('../test/fakeElectron'));

const options = {
  preloadPath: '/opt/margin/out/preload/index.cjs',
  url: 'app://margin/index.html',
};

beforeEach(resetFakeElectron);

describe('the window service', () => {
  it('opens one window, locked down, on the app’s own origin', () => {
    createWindowService(options).start();
    expect(BrowserWindow.instances).toHaveLength(1);
    const [window] = BrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/opt/margin/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://margin/index.html');
    expect(window?.loadURL.mock.calls.flat().join()).not.toContain('file:');
  });

  it('shows the window once it has something to show', () => {
    createWindowService(options).start();
    const [window] = BrowserWindow.instances;
    expect(window?.options.show).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });

  it('reuses the window it has and makes a new one once it is closed', () => {
    const service = createWindowService(options);
    service.start();
    expect(service.show()).toBe(BrowserWindow.instances[0]);
    BrowserWindow.instances[0]?.destroy();
    service.show();
    expect(BrowserWindow.instances).toHaveLength(2);
  });
});
