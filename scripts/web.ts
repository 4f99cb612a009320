// `npm run web`: build the renderer if its sources are newer than the build, serve it on
// 127.0.0.1 with the app's security headers, and print the address on standard output (tests
// read it from there). Build logs go to standard error so standard output stays one line.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat, readdir } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../app/security/contentSecurityPolicy';

const root = resolve(import.meta.dirname, '..');
const webRoot = resolve(root, process.env.MARGIN_WEB_DIR ?? 'dist/web');
const inputs = ['renderer', 'app', 'corpus', 'vite.config.ts', 'package.json'].map((p) => join(root, p));

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

async function buildIfStale() {
  const built = await stat(join(webRoot, 'index.html')).catch(() => null);
  const sourcesChanged = Math.max(...(await Promise.all(inputs.map(newestMtime))));
  if (built && built.mtimeMs >= sourcesChanged) return;
  process.stderr.write('Building the web app…\n');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'error' });
}

function handler(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const file = resolve(webRoot, relative);
  if (file !== webRoot && !file.startsWith(webRoot + sep)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  readFile(file)
    .then((body) => {
      response.writeHead(200, { ...headers, 'Content-Type': MEDIA_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    })
    .catch(async () => {
      // Unknown paths get the app shell, so a reload on any address opens the notebook.
      const body = await readFile(join(webRoot, 'index.html'));
      response.writeHead(extname(file) ? 404 : 200, { ...headers, 'Content-Type': MEDIA_TYPES['.html'] });
      response.end(body);
    });
}

function listen(port: number): Promise<number> {
  const server = createServer(handler);
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePort((server.address() as AddressInfo).port));
  });
}

await buildIfStale();
// A stable default port for people; any free port when it is taken (tests run several).
const port = await listen(Number(process.env.PORT ?? 5174)).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
  return listen(0);
});
process.stdout.write(`http://127.0.0.1:${port}/\n`);
