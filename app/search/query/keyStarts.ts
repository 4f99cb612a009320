import { normalizeWord } from '../normalize';

// Which words are worth folding: a word's key can only start with a few letters given its first
// character, so a scan folds just the words that may match and skips the rest by one lookup.

// Letter pairs that fold to one letter, so a word's first letter can become another one
// (zh → j, ye → e, ts → c, q → k, Cyrillic → Latin).
const FOLLOWERS = ['', 'a', 'e', 'o', 'h', 'zh', 'sa', 'j', 'y'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіє';
const startsOf = new Map<string, string>();

/** First letters of the keys that words starting with `char` may have. */
function keyStartsOf(char: string): string {
  let starts = startsOf.get(char);
  if (starts === undefined) {
    starts = [...new Set(FOLLOWERS.map((follower) => normalizeWord(char + follower).charAt(0)))].join('');
    startsOf.set(char, starts);
  }
  return starts;
}

const firstCharsCache = new Map<string, ReadonlySet<string>>();

/** The first characters (either case) of words whose key may start like one of `keys`. */
export function firstCharsFor(keys: Iterable<string>): ReadonlySet<string> {
  const wanted = [...new Set([...keys].map((key) => key.charAt(0)))].sort().join('');
  let firstChars = firstCharsCache.get(wanted);
  if (firstChars) return firstChars;
  const chars = new Set<string>();
  for (const letter of LETTERS) {
    if (![...keyStartsOf(letter)].some((start) => wanted.includes(start))) continue;
    chars.add(letter);
    chars.add(letter.toUpperCase());
  }
  firstChars = chars;
  // Few distinct sets of first letters ever occur; the bound only guards against odd queries.
  if (firstCharsCache.size >= 1_000) firstCharsCache.clear();
  firstCharsCache.set(wanted, firstChars);
  return firstChars;
}

/** Whether a word starting with `first` may have a wanted key (letters of other scripts always may). */
export function mayStartKey(first: string, firstChars: ReadonlySet<string>): boolean {
  return firstChars.has(first) || (first.charCodeAt(0) >= 128 && !LETTERS.includes(first.toLowerCase()));
}
