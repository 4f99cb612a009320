import { layOut } from './paragraphs';
import { extractPlainText } from './plainText';
import { sha256Hex } from './sha256';
import { decodeBytes } from './textDecoder';
import type { ImportInput, ImportResult } from './types';

export { textKey } from './textKey';
export type { ImportInput, ImportResult } from './types';

/**
 * Turns the bytes of one file into a source: decoded, split into paragraphs, boilerplate
 * flagged (never removed) and metadata guessed. Pure: no file system, no network, no globals
 * beyond `TextDecoder`. A file that cannot be imported comes back as `{ ok: false, error }`.
 */
export function importDocument(input: ImportInput): ImportResult {
  const { bytes, fileName } = input;
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const decoded = decodeBytes(hasBom ? bytes.subarray(3) : bytes, 'utf-8');
  if (decoded === null) {
    return { ok: false, error: { code: 'decode', message: `${fileName} is not valid UTF-8 text.` } };
  }
  if (decoded.trim() === '') {
    return { ok: false, error: { code: 'empty', message: `${fileName} is empty: there is no text to import.` } };
  }
  const extraction = extractPlainText(decoded);
  const { text, blocks } = layOut(extraction.paragraphs);
  return {
    ok: true,
    source: {
      title: extraction.title,
      outlet: extraction.outlet,
      authors: extraction.authors,
      publishedAt: extraction.publishedAt,
      url: extraction.url,
      language: 'en',
      origin: { fileName, mediaType: 'text/plain', encoding: 'utf-8', sha256: sha256Hex(bytes) },
      text,
      blocks,
    },
    warnings: extraction.warnings,
  };
}
