// Base64 by hand: `btoa`/`atob` and `Buffer` are host globals outside the ES2022 lib app/ uses,
// and `btoa` needs a binary string that breaks on large inputs anyway.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (RFC 4648 §4) with `=` padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep each `String.fromCharCode` call and string small on multi-megabyte originals.
  const CHUNK = 3 * 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(offset + CHUNK, bytes.length);
    const codes: number[] = [];
    for (let i = offset; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      codes.push(
        ALPHABET.charCodeAt(a >> 2),
        ALPHABET.charCodeAt(((a & 3) << 4) | (b >> 4)),
        i + 1 < end ? ALPHABET.charCodeAt(((b & 15) << 2) | (c >> 6)) : 61,
        i + 2 < end ? ALPHABET.charCodeAt(c & 63) : 61,
      );
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decodes standard padded base64; null when `text` is not exactly that (no whitespace allowed). */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  const body = text.length - padding;
  let bits = 0;
  let count = 0;
  let out = 0;
  for (let i = 0; i < body; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? LOOKUP[code]! : -1;
    if (value < 0) return null;
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[out++] = (bits >> count) & 255;
    }
    bits &= 0xffff;
  }
  // The bits left over past the last whole byte must be zero in canonical base64.
  return out === bytes.length && (bits & ((1 << count) - 1)) === 0 ? bytes : null;
}
