// A recording stand-in for the `electron` module, for Vitest in Node (there is no Electron binary
// in CI). Tests replace the module with `vi.mock('electron', () => import('../test/fakeElectron'))`,
// drive the code under test, then read what it asked Electron to do. Call `resetFakeElectron()`
// in `beforeEach`.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** An event as Electron passes it to `will-navigate` and friends. */
export function fakeNavigationEvent(url: string) {
  return { url, preventDefault: vi.fn(), defaultPrevented: false };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const { x = 0, y = 0, width = 1280, height = 800 } = this.options as Record<string, number | undefined>;
    return { x, y, width, height };
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  readonly paths = new Map<string, string>();
  readonly calls: string[] = [];
  ready = Promise.resolve();
  whenReady(): Promise<void> {
    this.calls.push('whenReady');
    return this.ready;
  }
  enableSandbox(): void {
    this.calls.push('enableSandbox');
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return true;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/home/analyst/${name}`;
  }
  quit = vi.fn();
  exit = vi.fn();
}

export const app = new FakeApp();

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    app.calls.push('registerSchemesAsPrivileged');
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    protocol.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocol.handlers.delete(scheme);
  },
};

/** A session that keeps the handlers the code under test installs. */
export function createFakeSession() {
  const fake = {
    beforeRequest: undefined as { filter: { urls: string[] }; listener: Listener } | undefined,
    permissionRequestHandler: undefined as Listener | null | undefined,
    permissionCheckHandler: undefined as Listener | null | undefined,
    webRequest: {
      onBeforeRequest(filter: { urls: string[] } | null, listener?: Listener | null): void {
        fake.beforeRequest = filter && listener ? { filter, listener } : undefined;
      },
    },
    setPermissionRequestHandler(handler: Listener | null): void {
      fake.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener | null): void {
      fake.permissionCheckHandler = handler;
    },
  };
  return fake;
}

export const session = { defaultSession: createFakeSession() };

export const ipcMain = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void {
    if (ipcMain.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    ipcMain.handlers.delete(channel);
  },
};

export const ipcRenderer = {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    ipcRenderer.listeners.set(channel, listener);
    return ipcRenderer;
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: true,
    filePaths: [] as string[],
  })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

export const shell = {
  openExternal: vi.fn(async (_url: string, _options?: unknown) => undefined),
};

export const Menu = {
  applicationMenu: undefined as unknown,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: unknown): void {
    Menu.applicationMenu = menu;
  },
};

/** Forgets everything recorded so far. */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.paths.clear();
  app.calls.length = 0;
  app.ready = Promise.resolve();
  app.quit.mockClear();
  app.exit.mockClear();
  BrowserWindow.instances = [];
  BrowserWindow.focused = null;
  protocol.privileged = [];
  protocol.handlers.clear();
  session.defaultSession = createFakeSession();
  ipcMain.handlers.clear();
  ipcRenderer.invoke.mockClear();
  ipcRenderer.listeners.clear();
  contextBridge.exposed.clear();
  dialog.showOpenDialog.mockReset().mockResolvedValue({ canceled: true, filePaths: [] });
  dialog.showSaveDialog.mockReset().mockResolvedValue({ canceled: true, filePath: '' });
  dialog.showMessageBox.mockReset().mockResolvedValue({ response: 1, checkboxChecked: false });
  shell.openExternal.mockClear();
  Menu.applicationMenu = undefined;
}
