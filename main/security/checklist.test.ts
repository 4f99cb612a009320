// The items of Electron's security checklist (electronjs.org/docs/latest/tutorial/security) that
// no other unit test pins down: the finer webPreferences, the CSP's content, the package's fuses and
// the Electron version. docs/security.md maps every item to the test that covers it.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_SECURITY_POLICY } from '../../app/security/contentSecurityPolicy';
import { BrowserWindow } from '../test/fakeElectron';
import { createMainWindow } from '../windows/mainWindow';

vi.mock('electron', () => import('../test/fakeElectron'));

const root = new URL('../../', import.meta.url);
const readRootFile = (name: string) => readFileSync(new URL(name, root), 'utf8');

function cspDirectives(): Map<string, string[]> {
  const entries = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/));
  return new Map(entries.map(([name = '', ...values]) => [name, values]));
}

describe('checklist: the main window’s webPreferences', () => {
  createMainWindow('/opt/margin/preload.cjs');
  const preferences = (BrowserWindow.instances.at(-1)?.options.webPreferences ?? {}) as Record<
    string,
    unknown
  >;

  it('#9 and #10: no experimental features and no extra Blink features', () => {
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('#6, #8 and #11: web security on, no insecure content, no <webview> at all', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.webviewTag).toBe(false);
  });

  it('#13: a file dropped on the window is not navigated to', () => {
    expect(preferences.navigateOnDragDrop).toBe(false);
  });
});

describe('checklist #7: the Content Security Policy', () => {
  const directives = cspDirectives();

  it('runs only the app’s own scripts: no eval, no inline script, no remote host', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
  });

  it('names no remote origin or scheme wildcard anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('connects nowhere but the app, embeds nothing, and cannot be framed or re-based', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });
});

describe('checklist #19: the packaged binary’s fuses (electron-builder.yml)', () => {
  const config = parse(readRootFile('electron-builder.yml')) as {
    electronFuses: Record<string, boolean>;
    asar: boolean;
    extraResources: ReadonlyArray<{ from: string; to: string; filter: string[] }>;
  };

  it('cannot be run as Node, given NODE_OPTIONS or opened to a debugger', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('loads code only from its asar, checked against its hash; file: gets no extra powers', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the corpus text files as extra resources', () => {
    expect(config.extraResources).toContainEqual({
      from: 'corpus',
      to: 'corpus',
      filter: ['*.txt'],
    });
  });
});

describe('checklist #16: a current Electron', () => {
  it('pins an exact, supported major version (Electron supports the latest three)', () => {
    const { devDependencies } = JSON.parse(readRootFile('package.json')) as {
      devDependencies: Record<string, string>;
    };
    const version = devDependencies['electron'] ?? '';
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    // Raise this floor when a new major ships and the oldest of the three falls out of support.
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(43);
  });
});
