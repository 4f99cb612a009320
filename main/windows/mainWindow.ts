import { BrowserWindow, type Rectangle } from 'electron';

/**
 * Creates the main window, hidden until `ready-to-show`, at `bounds` when given (restored from the
 * last session; otherwise Electron centres the default size). The renderer shows imported,
 * untrusted text, so it gets the strictest settings Electron has, each stated even where it is the
 * default (a default can change; a line here cannot silently):
 * - contextIsolation: the preload and the page live in separate JavaScript worlds, so the page
 *   cannot tamper with the bridge's internals or reach `ipcRenderer`;
 * - sandbox: the renderer process is an OS-sandboxed Chromium renderer with no Node.js;
 * - nodeIntegration (and in workers, in subframes) off: no `require`, no `process` in the page;
 * - webSecurity: same-origin policy and CSP enforced; no insecure content; no <webview>.
 * The options are one literal inside `new BrowserWindow(…)` on purpose: Electronegativity reads
 * only that argument, so it checks the real values here instead of reporting them missing.
 */
export function createMainWindow(
  preloadPath: string,
  bounds?: Readonly<Partial<Rectangle>>,
): BrowserWindow {
  return new BrowserWindow({
    title: 'Margin',
    width: 1280,
    height: 840,
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    // Shown on `ready-to-show`, so nobody sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      // Spelling dictionaries are downloaded on demand: no network, no spellchecker for now.
      spellcheck: false,
    },
  });
}
