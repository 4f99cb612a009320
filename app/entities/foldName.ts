// Spelling keys for names, so that "Tokayev", "Toqaev" and "Токаев" are one key: each word goes
// through app/search's normalization (Cyrillic and Kazakh transliteration, romanization
// variants), so an entity matches exactly what search matches.
import { normalizeWord } from '../search/normalize';

// Honorifics and titles that precede a name without being part of it.
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'former',
  'prime',
  'minister',
  'general',
  'gen',
  'sir',
]);

/** One word folded to its spelling key: "Tokayev's" → "tokaev", "Qasym" → "kasim". */
export function foldWord(word: string): string {
  return normalizeWord(word).replace(/[^a-z0-9]/g, '');
}

/** The words of a name, folded, titles dropped: "President Kassym-Jomart Tokayev" → ["kasim", "jomart", "tokaev"]. */
export function foldNameWords(name: string): string[] {
  const words = name
    .split(/[^\p{L}\p{N}'’]+/u)
    .map(foldWord)
    .filter(Boolean);
  const first = words.findIndex((word) => !TITLES.has(word));
  return first < 0 ? words : words.slice(first);
}

/** A name's spelling key: names that differ only in transliteration get the same key. */
export function foldName(name: string): string {
  return foldNameWords(name).join(' ');
}
