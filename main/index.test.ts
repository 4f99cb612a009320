import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectronModule from './test/fakeElectron';

vi.mock('electron', () => import('./test/fakeElectron'));

type FakeElectron = typeof FakeElectronModule;

/** Runs the entry file once against a fresh fake Electron, prepared by `prepare` first. */
async function runEntry(prepare: (fake: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  vi.resetModules();
  // The mocked 'electron' survives resetModules; take the fake from there so both sides share it.
  const fake = (await import('electron')) as unknown as FakeElectron;
  fake.resetFakeElectron();
  prepare(fake);
  await import('./index');
  return fake;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the main entry', () => {
  it('declares app: privileged and enables the sandbox before Electron is ready', async () => {
    let ready = () => {};
    const { app, BrowserWindow, protocol } = await runEntry((fake) => {
      fake.app.ready = new Promise<void>((resolve) => (ready = resolve));
    });

    expect(protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(app.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      app.calls.indexOf('whenReady'),
    );
    expect(app.calls).toContain('enableSandbox');
    expect(BrowserWindow.instances).toHaveLength(0);

    ready();
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
    const preload = (BrowserWindow.instances[0]?.options.webPreferences as { preload: string })
      .preload;
    expect(preload.endsWith(join('preload', 'index.cjs'))).toBe(true);
  });

  it('uses MARGIN_USER_DATA_DIR as the profile folder when set', async () => {
    vi.stubEnv('MARGIN_USER_DATA_DIR', '/tmp/margin-profile');
    const { app, BrowserWindow } = await runEntry();
    expect(app.getPath('userData')).toBe('/tmp/margin-profile');
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  });

  it('quits when another Margin already runs on this profile', async () => {
    const { app, BrowserWindow } = await runEntry((fake) => {
      fake.app.requestSingleInstanceLock = () => false;
    });
    expect(app.quit).toHaveBeenCalled();
    expect(app.calls).not.toContain('whenReady');
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});
