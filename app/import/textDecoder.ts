import { decodeWindows1252 } from './windows1252';

/**
 * `TextDecoder` is a WHATWG global in browsers, Electron and Node, but it is not in the ES2022
 * lib that app/ type-checks against, so the one shape the importer uses is declared here.
 */
interface WhatwgTextDecoder {
  readonly encoding: string;
  decode(input: Uint8Array): string;
}
declare const TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): WhatwgTextDecoder;
};

/**
 * Decodes `bytes` with the WHATWG encoding `label`. With `fatal`, a malformed sequence returns
 * null instead of U+FFFD replacement characters. An unknown label also returns null.
 */
export function decodeBytes(bytes: Uint8Array, label: string, fatal = true): string | null {
  if (canonicalEncoding(label) === 'windows-1252') return decodeWindows1252(bytes);
  let decoder: WhatwgTextDecoder;
  try {
    // ignoreBOM: BOMs are detected (and skipped) by the caller, which knows where the text starts.
    decoder = new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    return null;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The WHATWG name of an encoding label ("latin1" → "windows-1252", "cp1251" → "windows-1251"),
 * or null when the host does not know it.
 */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding.toLowerCase();
  } catch {
    return null;
  }
}
