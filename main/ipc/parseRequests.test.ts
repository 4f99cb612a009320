import { describe, expect, it } from 'vitest';
import { MAX_SAVE_BYTES, parseOpenFilesRequest, parseSaveFileRequest } from './parseRequests';

describe('parseOpenFilesRequest', () => {
  it('accepts a well-formed request', () => {
    const request = { title: 'Import sources', multiple: true, extensions: ['txt', 'html', 'md'] };
    expect(parseOpenFilesRequest(request)).toEqual(request);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'files:open'],
    ['no multiple flag', { title: 'Import', extensions: [] }],
    ['a title that is not text', { title: 42, multiple: false, extensions: [] }],
    ['an extension with a dot', { title: 'Import', multiple: false, extensions: ['.txt'] }],
    ['an extension with a path', { title: 'Import', multiple: false, extensions: ['txt/../../x'] }],
    ['extensions that are not a list', { title: 'Import', multiple: false, extensions: 'txt' }],
  ])('refuses %s', (_label, value) => {
    expect(() => parseOpenFilesRequest(value)).toThrow(TypeError);
  });
});

describe('parseSaveFileRequest', () => {
  const bytes = new TextEncoder().encode('# Memo\n');

  it('accepts a well-formed request', () => {
    const request = { suggestedName: 'Kazakhstan memo.md', bytes, extensions: ['md'] };
    expect(parseSaveFileRequest(request)).toEqual(request);
  });

  it.each([
    ['a path instead of a name', '../../.bashrc'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Users\\memo.md'],
    ['an empty name', '  '],
    ['a control character', 'memo\u0000.md'],
    ['dot-dot', '..'],
  ])('refuses %s as the suggested name', (_label, suggestedName) => {
    expect(() => parseSaveFileRequest({ suggestedName, bytes, extensions: ['md'] })).toThrow(
      /suggestedName/,
    );
  });

  it('refuses bytes that are not a Uint8Array', () => {
    expect(() =>
      parseSaveFileRequest({ suggestedName: 'memo.md', bytes: '# Memo', extensions: [] }),
    ).toThrow(/bytes/);
    expect(() =>
      parseSaveFileRequest({ suggestedName: 'memo.md', bytes: [35, 32], extensions: [] }),
    ).toThrow(/bytes/);
  });

  it('refuses more bytes than any memo could need', () => {
    const huge = { byteLength: MAX_SAVE_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(() =>
      parseSaveFileRequest({ suggestedName: 'memo.md', bytes: huge, extensions: [] }),
    ).toThrow(/at most/);
  });
});
