import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';

/**
 * Declares `app:` privileged. Electron only accepts this before the app is ready, so the entry
 * file calls it first thing.
 * - standard: URLs get an origin and relative URLs resolve (`./assets/x.js`), as on the web;
 * - secure: the page counts as a secure context (IndexedDB, crypto.subtle);
 * - supportFetchAPI: the renderer may `fetch` its own bundled files;
 * - codeCache: V8 caches the bundle between starts.
 * Not granted: bypassCSP (the CSP must apply), allowServiceWorkers, corsEnabled, stream.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}
