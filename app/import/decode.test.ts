import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { decodeText } from './decode';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM, and strips the BOM', () => {
    expect(decodeText(utf8('Токаев said “no”.'))).toEqual({
      text: 'Токаев said “no”.',
      encoding: 'utf-8',
      how: 'utf-8',
    });
    expect(decodeText(fixture('kk-utf-8-bom.txt'))).toMatchObject({
      encoding: 'utf-8',
      how: 'bom',
    });
    expect(
      (decodeText(fixture('kk-utf-8-bom.txt')) as { text: string }).text.startsWith('Жаңаөзендегі'),
    ).toBe(true);
  });

  it('reads UTF-16 big-endian with a BOM and little-endian without one', () => {
    const be = decodeText(fixture('en-utf-16be-bom.txt'));
    expect(be).toMatchObject({ encoding: 'utf-16be', how: 'bom' });
    expect((be as { text: string }).text.startsWith('Fuel protests spread')).toBe(true);
    const le = decodeText(fixture('en-utf-16le-no-bom.txt'));
    expect(le).toMatchObject({ encoding: 'utf-16le', how: 'detected' });
    expect((le as { text: string }).text).toContain('By Jane Doe');
  });

  it('detects windows-1251 and KOI8-R Russian and windows-1252 French', () => {
    for (const [name, encoding] of [
      ['ru-windows-1251.txt', 'windows-1251'],
      ['ru-koi8-r.txt', 'koi8-r'],
    ] as const) {
      const decoded = decodeText(fixture(name));
      expect(decoded).toMatchObject({ encoding, how: 'detected' });
      expect((decoded as { text: string }).text).toContain(
        'Протесты в Алматы: задержаны сотни человек',
      );
    }
    const french = decodeText(fixture('fr-windows-1252.txt'));
    expect(french).toMatchObject({ encoding: 'windows-1252' });
    // 0x97 is an em dash in windows-1252, not a C1 control as in ISO-8859-1.
    expect((french as { text: string }).text).toContain('ALMATY — Les autorités');
  });

  it('uses the charset a page declares before guessing', () => {
    const bytes = fixture('ru-windows-1251.txt');
    expect(decodeText(bytes, 'windows-1251')).toMatchObject({
      encoding: 'windows-1251',
      how: 'declared',
    });
  });

  it('fails as binary on NUL-laden or control-laden bytes and as decode on broken UTF-16', () => {
    expect(
      decodeText(new Uint8Array([0x01, 0x02, 0x03, 0x00, 0xff, 0x10, 0x11, 0x12, 0x13])),
    ).toEqual({ failure: 'binary' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toEqual({
      failure: 'decode',
    });
  });
});

describe('decodeText with a declared charset', () => {
  it('trusts valid non-ASCII UTF-8 over a stale legacy declaration', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1251"><p>Протесты</p>');
    expect(decodeText(bytes, 'windows-1251')).toMatchObject({ encoding: 'utf-8', how: 'utf-8' });
  });

  it('does not take UTF-16 without BOM for the declared UTF-8', () => {
    const bytes = new Uint8Array(
      Array.from('<html><body><p>Officials said the protests were over.</p></body></html>').flatMap(
        (char) => [char.charCodeAt(0), 0],
      ),
    );
    expect(decodeText(bytes, 'utf-8')).toMatchObject({ encoding: 'utf-16le' });
  });
});
