import type { BrowserWindow } from 'electron';
import type { Service } from '../services/service';
import { createMainWindow } from './mainWindow';
import type { WindowStateStore } from './windowStateStore';

export interface WindowService extends Service {
  /** The main window, created if there is none (macOS `activate`, a second launch). */
  show(): BrowserWindow;
}

/** Owns the one main window: creates it on start, loads the app's entry URL, shows it when ready. */
export function createWindowService(options: {
  readonly preloadPath: string;
  readonly url: string;
  /** Where the window was last time; without one it opens at Electron's default place. */
  readonly state?: WindowStateStore;
}): WindowService {
  let window: BrowserWindow | undefined;

  const create = (): BrowserWindow => {
    const created = createMainWindow(options.preloadPath, options.state?.load());
    created.once('ready-to-show', () => created.show());
    // Remember the un-maximized place when the window closes, to open there next time.
    created.on('close', () => options.state?.save(created.getNormalBounds()));
    created.on('closed', () => {
      if (window === created) window = undefined;
    });
    window = created;
    created.loadURL(options.url).catch((error: unknown) => {
      // A load failure leaves an empty window: say why in the log rather than fail silently.
      console.error(`Margin could not load ${options.url}:`, error);
    });
    return created;
  };

  return {
    start() {
      create();
    },
    show() {
      const current = window && !window.isDestroyed() ? window : create();
      if (current.isMinimized()) current.restore();
      current.show();
      current.focus();
      return current;
    },
    dispose() {
      if (window && !window.isDestroyed()) window.destroy();
      window = undefined;
    },
  };
}
