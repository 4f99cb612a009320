// Words of a text with their offsets, found by one scan of character codes: indexing 100,000
// articles calls this for every word, so it allocates nothing but the callback's arguments.

/** A word of a text: `text.slice(start, end)`. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Called for each word. `joined` is true when the word follows the previous one across a single
 * hyphen ("Nur-Sultan"): the index then also keeps the words written together ("Nursultan").
 */
export type WordVisitor = (start: number, end: number, joined: boolean) => void;

const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_WORD[code] = /[A-Za-z0-9]/.test(char) ? 1 : 0;
}
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;
// Compared directly, not through a Set: these run at every word's end.
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x02bc;

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_WORD[code] === 1;
  // Surrogate pairs (rare scripts) count as letters so a word is not cut in the middle.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return UNICODE_WORD.test(text[at]!);
}

/**
 * Visits the words of `text[from, to)`: runs of letters, digits and combining marks, with an
 * apostrophe inside a word kept in it ("Kazakhstan’s", "O'zbekiston"). Everything else separates.
 */
export function forEachWord(text: string, visit: WordVisitor, from = 0, to = text.length): void {
  let at = from;
  let previousEnd = -2;
  while (at < to) {
    // ASCII is looked up inline: this loop runs once per character of every indexed text.
    const code = text.charCodeAt(at);
    if (code < 128 ? ASCII_WORD[code] === 0 : !isWordChar(text, at)) {
      at++;
      continue;
    }
    const start = at;
    at++;
    for (;;) {
      for (; at < to; at++) {
        const next = text.charCodeAt(at);
        if (next < 128 ? ASCII_WORD[next] === 0 : !isWordChar(text, at)) break;
      }
      // An apostrophe between two word characters belongs to the word.
      if (at + 1 < to && isApostrophe(text.charCodeAt(at)) && isWordChar(text, at + 1)) {
        at += 2;
        continue;
      }
      break;
    }
    const joined = previousEnd === start - 1 && isHyphen(text.charCodeAt(previousEnd));
    visit(start, at, joined);
    previousEnd = at;
  }
}

/** The words of `text` as spans (for tests, snippets and queries; indexing uses `forEachWord`). */
export function tokenize(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  forEachWord(text, (start, end) => words.push({ start, end }));
  return words;
}
