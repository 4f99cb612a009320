import { app, dialog, screen, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFileHandlers } from './ipc/fileHandlers';
import { createIpcService } from './ipc/ipcService';
import { createLinkHandlers } from './ipc/linkHandlers';
import { createMenuService } from './menu/menuService';
import { createAppProtocolService } from './protocol/appProtocolService';
import { createSecurityService } from './security/securityService';
import type { Service } from './services/service';
import { createWindowService } from './windows/windowService';
import { createWindowStateStore } from './windows/windowStateStore';

export interface MarginPaths {
  /** The built renderer (out/renderer): the only folder `app://margin/` serves. */
  readonly rendererDir: string;
  /** The bundled preload (out/preload/index.cjs). */
  readonly preloadPath: string;
  /** The page the window opens, on the app's own origin. */
  readonly entryUrl: string;
}

/**
 * Runs Margin once Electron is ready: security policy first (before any page exists), then the
 * `app:` protocol, IPC handlers, the menu, and last the window. Services stop in reverse on quit.
 */
export async function startMargin(paths: MarginPaths): Promise<void> {
  const boundsFile = () => join(app.getPath('userData'), 'window-state.json');
  const state = createWindowStateStore({
    readFile: () => {
      try {
        return readFileSync(boundsFile(), 'utf8');
      } catch {
        return undefined; // first start, or the file was removed
      }
    },
    writeFile: (json) => writeFileSync(boundsFile(), json),
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
  });
  const windows = createWindowService({ preloadPath: paths.preloadPath, url: paths.entryUrl, state });
  const services: readonly Service[] = [
    createSecurityService(),
    createAppProtocolService(paths.rendererDir),
    createIpcService({
      ...createFileHandlers({ dialog, defaultFolder: () => app.getPath('documents') }),
      ...createLinkHandlers({ dialog, shell }),
    }),
    createMenuService({ mainWindow: () => windows.show() }),
    windows,
  ];

  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows; `activate` brings one back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => [...services].reverse().forEach((service) => service.dispose()));

  await app.whenReady();
  for (const service of services) service.start();
  // Registered after start: both show the window the window service now owns.
  app.on('activate', () => windows.show());
  app.on('second-instance', () => windows.show());
}
