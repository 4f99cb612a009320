import { readFile as readFileFromDisk } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../app/security/contentSecurityPolicy';
import { mediaTypeFor } from './mediaTypes';
import { resolveAppFile } from './resolveAppFile';

export type ReadFile = (path: string) => Promise<Uint8Array>;
export type AppProtocolHandler = (request: Request) => Promise<Response>;

/** Headers on every response, errors included: the CSP is what keeps remote code out of the page. */
function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

function file(path: string, bytes: Uint8Array): Response {
  // Copy into a plain ArrayBuffer-backed view: a Node Buffer may be a slice of a shared pool.
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: securityHeaders(mediaTypeFor(path)),
  });
}

/**
 * The `app:` protocol handler: serves the built renderer from `rootDir` and nothing else.
 * GET only; `../` (plain or encoded) is refused with 403; a missing file is 404.
 */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: ReadFile = readFileFromDisk,
): AppProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method Not Allowed');
    const target = resolveAppFile(rootDir, request.url);
    if (target.kind === 'forbidden') return plain(403, 'Forbidden');
    if (target.kind === 'not-found') return plain(404, 'Not Found');
    try {
      return file(target.path, await readFile(target.path));
    } catch {
      // Missing, a folder, unreadable: all the same to the page. The app has no client-side
      // routes, so there is no shell fallback to serve either.
      return plain(404, 'Not Found');
    }
  };
}
