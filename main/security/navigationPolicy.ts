import { isAppUrl } from '../protocol/appOrigin';

// A page that navigates away from app://margin stops being Margin: a link in an imported article,
// a redirect or a drag-and-dropped URL would load a remote page into a window that holds the
// preload bridge. So the window may only ever show the app's own pages; links inside sources are
// for reading, not following (opening them in a browser can come later as an explicit command).

/** True when a window may navigate (or be redirected) to `url`: only within the app's origin. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * `window.open` and `target=_blank` never create a window: a second window would be a second
 * place untrusted content could run with the bridge. Every request is denied.
 */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}
