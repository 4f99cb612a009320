import { chardet } from 'jschardet';

import { looksBinary } from './binary';
import { decodeBytes } from './textDecoder';

/** Text decoded from bytes, with the encoding that was used and how it was chosen. */
export interface DecodedText {
  readonly text: string;
  /** WHATWG encoding name in lower case: "utf-8", "utf-16le", "windows-1251", "koi8-r"… */
  readonly encoding: string;
  readonly how: 'bom' | 'declared' | 'utf-8' | 'detected';
}

export type DecodeFailure = { readonly failure: 'binary' | 'decode' };

/**
 * The legacy encodings news sites in the region still serve. Detection is limited to these
 * (and UTF-16) so a short Russian text is not taken for Ukrainian KOI8-U or Mac Cyrillic.
 */
const LEGACY = ['windows-1251', 'koi8-r', 'windows-1252'] as const;

/** jschardet's names for the encodings above, mapped to WHATWG names. */
const DETECTOR_NAMES: Readonly<Record<string, string>> = {
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  'windows-1252': 'windows-1252',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
};

function withoutBom(bytes: Uint8Array): DecodedText | null | 'invalid' {
  const [a, b, c] = bytes;
  const decode = (label: string, skip: number): DecodedText | 'invalid' => {
    const text = decodeBytes(bytes.subarray(skip), label);
    return text === null ? 'invalid' : { text, encoding: label, how: 'bom' };
  };
  if (a === 0xef && b === 0xbb && c === 0xbf) return decode('utf-8', 3);
  if (a === 0xff && b === 0xfe) return decode('utf-16le', 2);
  if (a === 0xfe && b === 0xff) return decode('utf-16be', 2);
  return null;
}

/** Share of characters that no text contains: C0/C1 controls other than whitespace. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const whitespace =
      code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x1b;
    if ((code < 0x20 && !whitespace) || (code >= 0x7f && code < 0xa0) || code === 0xfffd)
      controls++;
  }
  return controls / text.length;
}

/** UTF-16 without a BOM: only when the detector says so and the result reads as text. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, 64 * 1024 - ((64 * 1024) % 2));
  const guess = chardet.detect(sample, {
    includeEncodings: ['utf-16-le', 'utf-16-be'],
    noMatchEncoding: 'utf-16-le',
  });
  const label =
    guess.encoding === null || guess.confidence < 0.5
      ? undefined
      : DETECTOR_NAMES[guess.encoding.toLowerCase()];
  if (label === undefined) return null;
  const text = decodeBytes(bytes, label);
  if (text === null || controlShare(text) > 0.01) return null;
  // Binary data decodes to CJK soup; real UTF-16 text has spaces or line breaks.
  if ((text.match(/\s/g)?.length ?? 0) < text.length * 0.03) return null;
  return { text, encoding: label, how: 'detected' };
}

/** A legacy single-byte encoding chosen by the detector, or null when none fits. */
function legacyEncoding(bytes: Uint8Array): DecodedText | null {
  const guess = chardet.detect(bytes.subarray(0, 256 * 1024), { includeEncodings: LEGACY });
  const label = guess.encoding === null ? undefined : DETECTOR_NAMES[guess.encoding.toLowerCase()];
  if (label === undefined) return null;
  const text = decodeBytes(bytes, label, false);
  if (text === null || controlShare(text) > 0.01) return null;
  return { text, encoding: label, how: 'detected' };
}

/**
 * Decodes a file's bytes: a BOM wins, then the charset the document declares (HTML meta) unless
 * the bytes are valid non-ASCII UTF-8, then valid UTF-8, then UTF-16 without BOM, then detection among windows-1251, KOI8-R and
 * windows-1252. Bytes that are no text at all fail as "binary"; text in none of these
 * encodings fails as "decode".
 */
export function decodeText(
  bytes: Uint8Array,
  declared: string | null = null,
): DecodedText | DecodeFailure {
  const bom = withoutBom(bytes);
  if (bom === 'invalid') return { failure: 'decode' };
  if (bom !== null) return bom;
  const utf8 = decodeBytes(bytes, 'utf-8');
  const utf8IsText = utf8 !== null && !utf8.includes('\u0000') && controlShare(utf8) <= 0.05;
  // Non-ASCII bytes that form valid UTF-8 are UTF-8 whatever the page claims: a page saved
  // by a browser is re-encoded as UTF-8 but often keeps its old `<meta charset>`.
  const nonAscii = bytes.some((byte) => byte >= 0x80);
  if (declared !== null && !(utf8IsText && nonAscii)) {
    const text = decodeBytes(bytes, declared, declared === 'utf-8');
    if (text !== null && !text.includes('\u0000') && controlShare(text) <= 0.05) {
      return { text, encoding: declared, how: 'declared' };
    }
  }
  if (utf8 !== null && utf8IsText) return { text: utf8, encoding: 'utf-8', how: 'utf-8' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return utf16;
  if (looksBinary(bytes)) return { failure: 'binary' };
  return legacyEncoding(bytes) ?? { failure: 'decode' };
}
