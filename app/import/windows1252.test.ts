import { describe, expect, it } from 'vitest';

import { decodeWindows1252 } from './windows1252';

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the WHATWG characters (quotes, dashes, euro) and the rest as Latin-1', () => {
    expect(
      decodeWindows1252(
        new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35, 0xe9]),
      ),
    ).toBe('“Hi” — €5é');
  });
});
