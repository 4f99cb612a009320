/**
 * windows-1252 as the WHATWG Encoding Standard defines it. Node 20's `TextDecoder` decodes this
 * label as ISO-8859-1, turning curly quotes and dashes (0x80–0x9F) into invisible C1 controls,
 * so the importer decodes it itself: the same result in Node, Electron and the browser.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 (which the WHATWG standard also uses for "latin1" and "iso-8859-1"). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const codes = Array.from(bytes.subarray(offset, offset + CHUNK), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? (HIGH[byte - 0x80] ?? byte) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
