import { app, session, type Event, type WebContents } from 'electron';
import type { Service } from '../services/service';
import { hardenWebContents } from './hardenWebContents';
import { applySessionPolicy } from './sessionPolicy';

// There is no `remote` module to disable: it left Electron in version 14, and nothing here
// installs @electron/remote. The renderer reaches the main process only through the preload bridge.

/** The process-wide security policy: session rules plus hardening of every new webContents. */
export function createSecurityService(): Service {
  let undoSessionPolicy: (() => void) | undefined;
  const onWebContentsCreated = (_event: Event, contents: WebContents) =>
    hardenWebContents(contents);
  return {
    start() {
      // Before any window exists: the first request of the first page is already covered.
      undoSessionPolicy = applySessionPolicy(session.defaultSession);
      app.on('web-contents-created', onWebContentsCreated);
    },
    dispose() {
      app.off('web-contents-created', onWebContentsCreated);
      undoSessionPolicy?.();
      undoSessionPolicy = undefined;
    },
  };
}
