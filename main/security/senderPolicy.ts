import { isAppUrl } from '../protocol/appOrigin';

// IPC is a trust boundary: a handler is reachable from whatever frame the preload runs in. Only
// the app's own page (app://margin) may open dialogs or write files; a frame from anywhere else —
// which navigation policy should already make impossible — is refused, not served.

/** True when an IPC message came from a frame showing the app's own origin. */
export function isTrustedSenderUrl(url: string | null | undefined): boolean {
  return isAppUrl(url);
}
