import { describe, expect, it } from 'vitest';
import { isRequestAllowed, REQUEST_FILTER_URLS } from './requestPolicy';

describe('isRequestAllowed', () => {
  it.each([
    'http://example.com/',
    'https://example.com/tracker.gif',
    'ws://127.0.0.1:9000/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'chrome-extension://abc/script.js',
    'not a url',
    '',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url)).toBe(false);
  });

  it.each([
    'app://margin/index.html',
    'app://margin/assets/index.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AAAA',
    'blob:app://margin/0b0e7a4c-2f7e-4b1a-9b77-3c1f6c7d2a10',
  ])('lets %s through', (url) => {
    expect(isRequestAllowed(url)).toBe(true);
  });

  it('listens on every URL, so the allowlist and not the filter decides', () => {
    expect(REQUEST_FILTER_URLS).toEqual(['<all_urls>']);
  });
});
