/**
 * Random string ids for stored records. `crypto.getRandomValues` is an ECMAScript-host global in
 * browsers, Electron and Node ≥ 19, but it is not in the ES2022 lib, so it is declared narrowly.
 */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new id such as `src_k3j9x0…`: a readable kind prefix and 16 random base-36 characters. */
export function newId(prefix: 'src' | 'hl' | 'clm' | 'tag' | 'memo' | 'ent'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let body = '';
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${body}`;
}
