import { utf8ToBytes } from '@noble/hashes/utils.js';

// `TextDecoder` is a WHATWG global in every host Margin runs in (browser, Electron, Node) but not
// in the ES2022 lib app/ type-checks against: declared here with the one shape used.
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

/** UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array {
  return utf8ToBytes(text);
}

/** Strict UTF-8 decoding (a leading BOM is dropped); null when the bytes are not valid UTF-8. */
export function utf8Decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
