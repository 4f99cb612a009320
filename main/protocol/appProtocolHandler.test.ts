import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../app/security/contentSecurityPolicy';
import { createAppProtocolHandler, type AppProtocolHandler } from './appProtocolHandler';

let base: string;
let handler: AppProtocolHandler;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'margin-protocol-'));
  const renderer = join(base, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Margin</title>');
  await writeFile(join(renderer, 'assets/index.js'), 'console.log("margin")');
  await writeFile(join(renderer, 'assets/index.css'), 'body{}');
  // A secret next to the renderer folder, which no URL may reach.
  await writeFile(join(base, 'secret.txt'), 'not for the page');
  handler = createAppProtocolHandler(renderer);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app: protocol handler', () => {
  it('serves index.html with its content type and the CSP', async () => {
    const response = await get('app://margin/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Margin</title>');
  });

  it('serves the root as index.html', async () => {
    expect(await (await get('app://margin/')).text()).toContain('<title>Margin</title>');
  });

  it('serves scripts and styles with their content types', async () => {
    expect((await get('app://margin/assets/index.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://margin/assets/index.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('refuses a ../ behind an encoded separator with 403 and does not leak the file', async () => {
    for (const url of [
      'app://margin/..%2fsecret.txt',
      'app://margin/assets/..%2f..%2fsecret.txt',
      'app://margin/..%5csecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('not for the page');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('keeps a plain or dot-encoded ../ inside the folder: 404, not the secret', async () => {
    for (const url of [
      'app://margin/../secret.txt',
      'app://margin/%2e%2e/secret.txt',
      'app://margin/assets/../../secret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
    }
  });

  it('answers 404 for an unknown file', async () => {
    expect((await get('app://margin/assets/missing.js')).status).toBe(404);
    expect((await get('app://margin/memos/42')).status).toBe(404);
    expect((await get('app://margin/assets')).status).toBe(404); // a folder is not a file
    expect((await get('app://other-host/index.html')).status).toBe(404);
  });

  it('accepts only reads', async () => {
    expect((await get('app://margin/index.html', 'POST')).status).toBe(405);
  });
});
