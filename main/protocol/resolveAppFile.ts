import { resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** What an `app://margin/…` URL names inside the built renderer folder. */
export type AppFileTarget =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' };

/**
 * Maps a request URL to a file under `rootDir`, or refuses it. The URL parser already folds
 * `/../` and `/%2e%2e/` segments; what is left is the kind hidden behind an encoded separator
 * (`..%2f`, `..%5c`), NUL bytes, and other hosts. Any `.` or `..` segment after decoding is
 * refused outright rather than resolved, and the final path must still lie inside `rootDir`.
 */
export function resolveAppFile(rootDir: string, url: string): AppFileTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'not-found' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST)
    return { kind: 'not-found' };

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (pathname.includes('\0')) return { kind: 'forbidden' };
  const segments = pathname.split(/[/\\]+/);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'forbidden' };

  const relative = segments.filter(Boolean).join('/') || 'index.html';
  const root = resolve(rootDir);
  const path = resolve(root, relative);
  if (!path.startsWith(root + sep)) return { kind: 'forbidden' };
  return { kind: 'file', path };
}
