import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './resolveAppFile';

const root = resolve('/opt/margin/out/renderer');

describe('resolveAppFile', () => {
  it('maps the root and files under it into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://margin/')).toEqual({
      kind: 'file',
      path: join(root, 'index.html'),
    });
    expect(resolveAppFile(root, 'app://margin/assets/index-abc.js?v=1#x')).toEqual({
      kind: 'file',
      path: join(root, 'assets/index-abc.js'),
    });
    expect(resolveAppFile(root, 'app://margin/corpus/Almaty%20report.txt')).toMatchObject({
      path: join(root, 'corpus/Almaty report.txt'),
    });
  });

  it.each([
    'app://margin/assets/%2E%2E%2F%2E%2E%2Fmain%2Findex.js',
    'app://margin/..%2f..%2fpackage.json',
    'app://margin/..%5c..%5cpackage.json',
    'app://margin/assets%2f..%2f..%2fpackage.json',
    'app://margin/index.html%00.png',
    'app://margin/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toEqual({ kind: 'forbidden' });
  });

  it.each([
    'app://margin/../../etc/passwd',
    'app://margin/%2e%2e/%2e%2e/etc/passwd',
    'app://margin/assets/../../../etc/passwd',
  ])('keeps %s inside the folder (the URL parser folds the dots first)', (url) => {
    expect(resolveAppFile(root, url)).toEqual({ kind: 'file', path: join(root, 'etc/passwd') });
  });

  it('serves nothing for another host or scheme', () => {
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toEqual({ kind: 'not-found' });
    expect(resolveAppFile(root, 'https://margin/index.html')).toEqual({ kind: 'not-found' });
    expect(resolveAppFile(root, 'no url at all')).toEqual({ kind: 'not-found' });
  });
});
