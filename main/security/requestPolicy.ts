// Margin never talks to the network: not for fonts, not for updates, not for the URL of an
// imported article. Imported HTML is untrusted, so a stray <img src="https://…"> must not turn
// into a request that tells a third party what the analyst is reading. The CSP stops the page from
// asking; this policy stops the request in the network layer if anything gets past the CSP
// (a bug in it, a frame, a worker, Chromium itself).

/**
 * Schemes a request may use. app: is the app itself, data:/blob: stay in memory, devtools: is
 * the developer tools' own UI. Everything else — http, https, ws, wss, ftp, file — is cancelled.
 */
export const ALLOWED_REQUEST_SCHEMES: ReadonlySet<string> = new Set([
  'app:',
  'devtools:',
  'data:',
  'blob:',
]);

/** URL patterns the request filter listens on: all of them, so the allowlist decides. */
export const REQUEST_FILTER_URLS: readonly string[] = ['<all_urls>'];

/** True when a request to `url` may proceed; anything that does not parse is refused. */
export function isRequestAllowed(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
