import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { textKey } from '../../app/import/textKey';

/** The duplicate-detection key of a source text: sha256 of its normalized form. */
export function contentKeyOf(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(textKey(text))));
}
