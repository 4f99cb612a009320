/**
 * The key under which two imports count as the same text: Unicode NFC, line ends and every run
 * of whitespace (including no-break spaces) folded to one space, trimmed. Case and punctuation
 * are kept: a different wording is a different source.
 */
export function textKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim();
}
