import type { WebContents } from 'electron';
import { isNavigationAllowed, windowOpenDecision } from './navigationPolicy';

/**
 * Locks down one webContents (a window, a devtools page, anything Electron creates): no
 * navigation or redirect away from the app, no new windows, no <webview> guests. Called for every
 * webContents from `web-contents-created`, so a window nobody thought of is covered too.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  // <webview> is off in webPreferences; refusing the attach as well costs nothing.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
