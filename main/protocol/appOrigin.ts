// Where the app lives: `app://margin/`. A privileged standard scheme gives the page a real,
// stable origin (IndexedDB, the CSP's 'self', fetch) without the extra powers `file://` carries in
// Electron, and lets the main process decide exactly which files exist.

export const APP_SCHEME = 'app';
export const APP_HOST = 'margin';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` parses and belongs to the app's own origin (`app://margin`). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
