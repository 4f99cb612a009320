import { describe, expect, it } from 'vitest';

import { knownBinaryFormat, looksBinary } from './binary';

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

describe('binary detection', () => {
  it('names known formats by their magic numbers', () => {
    expect(knownBinaryFormat(new Uint8Array(ascii('%PDF-1.7\n')))).toBe('a PDF document');
    expect(knownBinaryFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe(
      'a PNG image',
    );
    expect(knownBinaryFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('a JPEG image');
    expect(knownBinaryFormat(new Uint8Array(ascii('GIF89a')))).toBe('a GIF image');
    expect(knownBinaryFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toMatch(/ZIP/);
    expect(knownBinaryFormat(new Uint8Array(ascii('Plain words')))).toBeNull();
  });

  it('calls NUL bytes or many control bytes binary, and ordinary text not', () => {
    expect(looksBinary(new Uint8Array([0x41, 0x00, 0x42]))).toBe(true);
    expect(looksBinary(new Uint8Array([1, 2, 3, 4, 0x41, 0x42, 5, 6]))).toBe(true);
    expect(looksBinary(new Uint8Array(ascii('Line one\r\n\tLine two\f')))).toBe(false);
  });
});
